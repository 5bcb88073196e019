using System.Collections.Immutable;
using Directions.Compiler.Binding;
using Directions.Compiler.Symbols;

namespace Directions.Compiler.Describing;

/// <summary>
/// A bound rule in plain English, one sentence per requirement, with units resolved:
/// "CIN visit: must take place at least every 28 days (4 weeks); up to 42 days (6 weeks) while a
/// recorded rationale is in force." Written once here so that the language server's hover and
/// `directions render` say exactly the same thing.
/// </summary>
public static class RuleDescriber
{
    /// <summary>The whole rule: who it applies to, then a sentence per requirement.</summary>
    public static string Describe(RuleSymbol rule)
    {
        var sentences = DescribeRequirements(rule);
        var body = sentences.IsEmpty ? "It does not say yet what must happen." : string.Join(" ", sentences);
        return rule.AppliesTo.IsEmpty ? body : $"Applies to {JoinAnd(rule.AppliesTo.Select(a => a.ToString()))}. {body}";
    }

    /// <summary>A sentence per requirement, in the order they are written.</summary>
    public static ImmutableArray<string> DescribeRequirements(RuleSymbol rule) => [.. rule.Requirements.Select(Describe)];

    /// <summary>
    /// One requirement as a sentence: what must happen, when, what stretches the limit, the limits for
    /// cohorts that differ, and who must do it.
    /// </summary>
    public static string Describe(BoundRequirement requirement)
    {
        var text = new System.Text.StringBuilder();
        if (requirement.Trigger is { } trigger)
            text.Append("After ").Append(trigger).Append(", ");

        var subject = requirement.Subject;
        var roleOnly = requirement.Timing is null && !requirement.MustBeRecorded && subject.Action is null && !requirement.RoleConstraints.IsEmpty;
        if (subject.Action is { } action)
            text.Append("every ").Append(Subject(subject with { Action = null })).Append(": must be ").Append(action.Name);
        else if (roleOnly)
            text.Append("every ").Append(Subject(subject)).Append(':');
        else
            text.Append(Subject(subject)).Append(": ").Append(Verb(subject));

        text.Append(Timing(requirement.Timing, requirement.Trigger));
        text.Append(Allowance(requirement.Rationale, requirement.Maximum, requirement.Timing is not null));
        foreach (var exception in requirement.CohortExceptions)
            text.Append("; ").Append(Describe(exception, requirement.Rationale));
        for (var i = 0; i < requirement.RoleConstraints.Length; i++)
        {
            var role = requirement.RoleConstraints[i];
            text.Append(roleOnly && i == 0 ? " must be " : "; ").Append(role.Action.Name).Append(" by ").Append(Article(role.Role.ToString())).Append(role.Role);
        }

        var sentence = text.Append('.').ToString();
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    /// <summary>"for long-term DCSS: up to 56 days (8 weeks) while a recorded rationale is in force".</summary>
    public static string Describe(BoundCohortException exception, BoundTermReference? rationale)
    {
        var parts = new List<string>();
        if (exception.Timing is not null)
            parts.Add(Timing(exception.Timing, trigger: null).TrimStart());
        if (exception.Maximum is { } maximum)
            parts.Add(rationale is null ? $"never more than {DurationDescriber.Describe(maximum)}" : $"up to {DurationDescriber.Describe(maximum)} while a recorded {rationale} is in force");
        return $"for {exception.Cohort}: {string.Join(", ", parts)}";
    }

    /// <summary>Where the rule comes from: "S000-07; Agreed actions, bullet 4", or null if it cites nothing.</summary>
    public static string? DescribeCitations(RuleSymbol rule) =>
        rule.Citations.IsEmpty ? null : string.Join("; ", rule.Citations);

    private static string Subject(BoundTermReference reference) => reference.ToString();

    private static string Verb(BoundTermReference subject) => subject.Term.Kind switch
    {
        TermKind.Record => "must be recorded",
        TermKind.Period or TermKind.Subject => subject.Boundary == PeriodBoundary.End ? "must end" : "must start",
        _ => "must take place",
    };

    private static string Timing(BoundTiming? timing, BoundTermReference? trigger) => timing switch
    {
        BoundCadence cadence => $" at least every {DurationDescriber.Describe(cadence.Interval)}",
        BoundDeadline deadline =>
            $" within {DurationDescriber.Describe(deadline.Within)} of {(deadline.Anchor ?? trigger)?.ToString() ?? "the trigger"}"
            + (deadline.ThenEvery is { } then ? $", then at least every {DurationDescriber.Describe(then)}" : string.Empty),
        BoundBefore before => $" on or before {before.Anchor}",
        _ => string.Empty,
    };

    private static string Allowance(BoundTermReference? rationale, Duration? maximum, bool hasTiming) => (rationale, maximum) switch
    {
        ({ } r, { } max) => $"; up to {DurationDescriber.Describe(max)} while a recorded {r} is in force",
        ({ } r, null) when hasTiming => $"; longer while a recorded {r} is in force",
        ({ } r, null) => $", unless {Article(r.ToString())}{r} is recorded",
        (null, { } max) => $"; never more than {DurationDescriber.Describe(max)}",
        _ => string.Empty,
    };

    private static string Article(string noun) =>
        noun.Length > 0 && "aeiouAEIOU".Contains(noun[0]) ? "an " : "a ";

    private static string JoinAnd(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }
}
