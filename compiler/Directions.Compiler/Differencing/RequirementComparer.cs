using Directions.Compiler.Binding;

namespace Directions.Compiler.Differencing;

/// <summary>Compares two versions of one requirement of a rule: timing, limits, allowances, exceptions for cohorts and roles.</summary>
internal static class RequirementComparer
{
    /// <summary>What a requirement means, as one line without positions: equal lines mean equal requirements.</summary>
    public static string Signature(BoundRequirement requirement) =>
        $"{Key(requirement)}|{requirement.MustBeRecorded}|{requirement.Timing}|{requirement.Rationale}|{requirement.Maximum}|"
        + string.Join(";", requirement.CohortExceptions.Select(e => e.ToString()).Order(StringComparer.Ordinal)) + "|"
        + string.Join(";", requirement.RoleConstraints.Select(r => r.ToString()).Order(StringComparer.Ordinal));

    /// <summary>What a requirement is about: its subject and the trigger of its `when` clause.</summary>
    public static string Key(BoundRequirement requirement) =>
        requirement.Trigger is null ? requirement.Subject.ToString() : $"when {requirement.Trigger}: {requirement.Subject}";

    /// <summary>The changes from one version of a requirement to the other.</summary>
    public static IEnumerable<(ChangeKind Kind, string Text)> Compare(BoundRequirement before, BoundRequirement after)
    {
        var subject = Key(after);
        if (before.MustBeRecorded != after.MustBeRecorded)
            yield return (ChangeKind.AllowanceChanged, after.MustBeRecorded ? $"{subject}: must now be recorded" : $"{subject}: no longer needs to be recorded");

        foreach (var change in Timing(subject, string.Empty, before.Timing, after.Timing))
            yield return change;

        if (before.Rationale?.ToString() != after.Rationale?.ToString())
        {
            yield return (ChangeKind.AllowanceChanged, (before.Rationale, after.Rationale) switch
            {
                (null, var r) => $"{subject}: now allowed to take longer while a recorded {r} is in force",
                (var r, null) => $"{subject}: no longer allowed to take longer while a recorded {r} is in force",
                var (o, n) => $"{subject}: the record that allows longer changed: {o} -> {n}",
            });
        }

        if (ChangeWording.Limit($"{subject}: {MaximumLabel(after)}", before.Maximum, after.Maximum) is { } maximum)
            yield return maximum;

        foreach (var change in Exceptions(subject, before, after))
            yield return change;
        foreach (var change in Roles(subject, before, after))
            yield return change;
    }

    /// <summary>The label of the outer bound: a gap for a cadence, a limit otherwise.</summary>
    private static string MaximumLabel(BoundRequirement requirement)
    {
        var what = requirement.Timing is BoundCadence ? "maximum gap" : "outer limit";
        return requirement.Rationale is null ? what : $"{what} with a recorded {requirement.Rationale}";
    }

    private static IEnumerable<(ChangeKind Kind, string Text)> Timing(string subject, string cohort, BoundTiming? before, BoundTiming? after)
    {
        switch (before, after)
        {
            case (null, null):
                yield break;
            case (BoundCadence o, BoundCadence n):
                if (ChangeWording.Limit($"{subject}: usual gap{cohort}", o.Interval, n.Interval) is { } gap)
                    yield return gap;
                yield break;
            case (BoundDeadline o, BoundDeadline n) when o.Anchor?.ToString() == n.Anchor?.ToString():
                var anchor = n.Anchor is null ? "the trigger" : n.Anchor.ToString();
                if (ChangeWording.Limit($"{subject}: deadline after {anchor}{cohort}", o.Within, n.Within) is { } within)
                    yield return within;
                if (ChangeWording.Limit($"{subject}: usual gap after the first{cohort}", o.ThenEvery, n.ThenEvery) is { } then)
                    yield return then;
                yield break;
            case var _ when before?.ToString() == after?.ToString():
                yield break;
            default:
                yield return (ChangeKind.TimingChanged, $"{subject}: timing{cohort} {ChangeWording.Timing(before)} -> {ChangeWording.Timing(after)}");
                yield break;
        }
    }

    private static IEnumerable<(ChangeKind Kind, string Text)> Exceptions(string subject, BoundRequirement before, BoundRequirement after)
    {
        var old = before.CohortExceptions.ToLookup(e => e.Cohort.ToString(), StringComparer.OrdinalIgnoreCase);
        var @new = after.CohortExceptions.ToLookup(e => e.Cohort.ToString(), StringComparer.OrdinalIgnoreCase);
        foreach (var exception in after.CohortExceptions.Where(e => !old.Contains(e.Cohort.ToString())))
            yield return (ChangeKind.ExceptionAdded, $"{subject}: new exception {exception}");
        foreach (var exception in before.CohortExceptions.Where(e => !@new.Contains(e.Cohort.ToString())))
            yield return (ChangeKind.ExceptionRemoved, $"{subject}: exception removed: {exception}");

        foreach (var group in @new.Where(g => old.Contains(g.Key)))
        {
            var olds = old[group.Key].ToList();
            var news = group.ToList();
            for (var i = 0; i < Math.Max(olds.Count, news.Count); i++)
            {
                if (i >= olds.Count)
                {
                    yield return (ChangeKind.ExceptionAdded, $"{subject}: new exception {news[i]}");
                    continue;
                }

                if (i >= news.Count)
                {
                    yield return (ChangeKind.ExceptionRemoved, $"{subject}: exception removed: {olds[i]}");
                    continue;
                }

                var cohort = $" for {news[i].Cohort}";
                foreach (var change in Timing(subject, cohort, olds[i].Timing, news[i].Timing))
                    yield return change;
                if (ChangeWording.Limit($"{subject}: {MaximumLabel(after)}{cohort}", olds[i].Maximum, news[i].Maximum) is { } maximum)
                    yield return maximum;
            }
        }
    }

    private static IEnumerable<(ChangeKind Kind, string Text)> Roles(string subject, BoundRequirement before, BoundRequirement after)
    {
        var old = before.RoleConstraints.Select(r => r.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var @new = after.RoleConstraints.Select(r => r.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var oldByAction = before.RoleConstraints.Where(r => !@new.Contains(r.ToString()))
            .GroupBy(r => r.Action.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var role in after.RoleConstraints.Where(r => !old.Contains(r.ToString())))
        {
            if (oldByAction.Remove(role.Action.Name, out var previous))
                yield return (ChangeKind.RoleChanged, $"{subject}: {role.Action.Name} by a {previous.Role} -> by a {role.Role}");
            else
                yield return (ChangeKind.RoleChanged, $"{subject}: must now be {role}");
        }

        foreach (var role in oldByAction.Values)
            yield return (ChangeKind.RoleChanged, $"{subject}: no longer needs to be {role}");
    }
}
