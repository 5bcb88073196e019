using System.Collections.Immutable;
using System.Globalization;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Binding;

/// <summary>
/// Finds two limits for the same thing: the same requirement (what must happen, counted from the same
/// anchor or trigger, for the same children) with a different timing or maximum, or the same action
/// on an event with a different role. Inside one policy document (one direction, or directions with
/// the same source) that is DIR2040, which says which rule `overrides` the other or asks the author to
/// choose; between two directions of one issuer in force together for the same children, DIR3003.
/// Versions of one direction are not compared: which applies is decided by their dates.
/// </summary>
internal static class LimitConflictChecker
{
    /// <summary>One limit a rule sets: what it is about (<see cref="Key"/>, in words <see cref="Thing"/>) and its value.</summary>
    private sealed record Limit(DirectionSymbol Direction, RuleSymbol Rule, SyntaxNode Syntax, string Key, string Thing, string Value);

    private enum Relation
    {
        None,
        SameDocument,
        SameIssuer,
    }

    /// <summary>Reports contradictory limits inside a document and between directions of one issuer.</summary>
    public static void Check(ImmutableArray<DirectionSymbol> directions, DiagnosticBag diagnostics)
    {
        var limits = directions
            .SelectMany(d => d.Rules.SelectMany(r => LimitsOf(d, r)))
            .OrderBy(l => l.Direction.FilePath, StringComparer.Ordinal)
            .ThenBy(l => l.Syntax.Span.Start)
            .ToList();
        var reported = new HashSet<(Limit, Relation)>();
        foreach (var group in limits.GroupBy(l => l.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var members = group.ToList();
            for (var j = 1; j < members.Count; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    var (a, b) = (members[i], members[j]);
                    if (ReferenceEquals(a.Rule, b.Rule) || string.Equals(a.Value, b.Value, StringComparison.OrdinalIgnoreCase))
                        continue;
                    var relation = RelationOf(a.Direction, b.Direction, directions, out var from);
                    if (relation == Relation.None)
                        continue;
                    if (relation == Relation.SameIssuer && Later(a, b))
                        (a, b) = (b, a);
                    if (!reported.Add((b, relation)))
                        continue;
                    diagnostics.Add(relation == Relation.SameDocument ? InsideDocument(a, b) : BetweenDirections(a, b, from!.Value));
                }
            }
        }
    }

    private static bool Later(Limit a, Limit b) =>
        (a.Direction.EffectiveFrom ?? DateOnly.MinValue) > (b.Direction.EffectiveFrom ?? DateOnly.MinValue);

    private static Diagnostic InsideDocument(Limit earlier, Limit later)
    {
        var document = later.Direction.Source is { } source ? $"\"{source}\"" : "This document";
        var other = ReferenceEquals(earlier.Direction, later.Direction) ? $"rule '{earlier.Rule.Name}'" : $"rule '{earlier.Rule.Name}' of '{earlier.Direction.Id}'";
        var message = $"{document} sets two limits for {later.Thing}: {later.Value} here (rule '{later.Rule.Name}') and {earlier.Value} in {other}. {Resolution(earlier, later)}";
        return Diagnostic.Create(BindingDiagnostics.ContradictoryLimits, later.Syntax.Location, message)
            with { AdditionalLocations = [earlier.Syntax.Location] };
    }

    /// <summary>Which rule is enforced, or how to say so.</summary>
    private static string Resolution(Limit earlier, Limit later)
    {
        foreach (var (loser, winner) in new[] { (earlier, later), (later, earlier) })
        {
            if (loser.Rule.OverriddenBy is { } by)
            {
                return string.Equals(by.RuleName, winner.Rule.Name, StringComparison.OrdinalIgnoreCase) && string.Equals(by.DirectionId, winner.Direction.Id, StringComparison.OrdinalIgnoreCase)
                    ? $"Rule '{winner.Rule.Name}' is enforced: it overrides '{loser.Rule.Name}'."
                    : $"Rule '{loser.Rule.Name}' is not checked: '{by.RuleName}' overrides it.";
            }
        }

        var inLater = ReferenceEquals(earlier.Direction, later.Direction) ? string.Empty : $" in \"{earlier.Direction.Id}\"";
        var inEarlier = ReferenceEquals(earlier.Direction, later.Direction) ? string.Empty : $" in \"{later.Direction.Id}\"";
        return $"Choose the one to enforce: add 'overrides \"{earlier.Rule.Name}\"{inLater}' to rule '{later.Rule.Name}', or 'overrides \"{later.Rule.Name}\"{inEarlier}' to rule '{earlier.Rule.Name}'.";
    }

    private static Diagnostic BetweenDirections(Limit earlier, Limit later, DateOnly from)
    {
        var issuer = later.Direction.IssuedBy;
        var message = $"{issuer} gives two limits for {later.Thing}: {later.Value} in '{later.Direction.Id}' version {later.Direction.Version} (rule '{later.Rule.Name}') "
            + $"and {earlier.Value} in '{earlier.Direction.Id}' version {earlier.Direction.Version} (rule '{earlier.Rule.Name}'), both in force from {from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} for the same children. "
            + $"Both are checked. If the later one replaces the earlier, say 'supersedes \"{earlier.Direction.Id}\" version {earlier.Direction.Version}' in its header, or end the earlier one with 'until'.";
        return Diagnostic.Create(BindingDiagnostics.IssuerDirectionsDisagree, later.Syntax.Location, message)
            with { AdditionalLocations = [earlier.Syntax.Location] };
    }

    private static Relation RelationOf(DirectionSymbol a, DirectionSymbol b, ImmutableArray<DirectionSymbol> directions, out DateOnly? overlapFrom)
    {
        overlapFrom = null;
        if (ReferenceEquals(a, b))
            return Relation.SameDocument;
        if (string.Equals(a.Id, b.Id, StringComparison.OrdinalIgnoreCase))
            return Relation.None; // versions: their dates decide which applies
        if (OverrideResolver.SameDocument(a, b))
            return Relation.SameDocument;
        if (a.IssuedBy is null || !string.Equals(a.IssuedBy, b.IssuedBy, StringComparison.OrdinalIgnoreCase))
            return Relation.None;
        if (a.ServiceAreas.Length > 0 && b.ServiceAreas.Length > 0 && !a.ServiceAreas.Intersect(b.ServiceAreas, StringComparer.OrdinalIgnoreCase).Any())
            return Relation.None;
        if (a.EffectiveFrom is not { } aFrom || b.EffectiveFrom is not { } bFrom)
            return Relation.None;
        var aUntil = CrossDirectionChecker.EffectiveEnd(a, directions) ?? DateOnly.MaxValue;
        var bUntil = CrossDirectionChecker.EffectiveEnd(b, directions) ?? DateOnly.MaxValue;
        if (aFrom > bUntil || bFrom > aUntil)
            return Relation.None;
        overlapFrom = aFrom > bFrom ? aFrom : bFrom;
        return Relation.SameIssuer;
    }

    private static IEnumerable<Limit> LimitsOf(DirectionSymbol direction, RuleSymbol rule)
    {
        var children = string.Join(",", rule.AppliesTo.Select(a => a.Term.Name.ToLowerInvariant()).Order(StringComparer.Ordinal));
        foreach (var requirement in rule.Requirements)
        {
            var subject = requirement.Subject.ToString();
            var from = requirement.Timing switch
            {
                BoundDeadline { Anchor: { } anchor } => anchor.ToString(),
                BoundBefore before => before.Anchor.ToString(),
                _ => requirement.Trigger?.ToString(),
            };
            var trigger = requirement.Trigger is null ? string.Empty : $" when {requirement.Trigger}";
            var maximum = requirement.Maximum is null ? string.Empty : $", never more than {requirement.Maximum}";
            var (kind, thing) = requirement.Timing switch
            {
                BoundCadence => ("cadence", $"how often '{subject}' must happen{trigger}"),
                BoundDeadline { Anchor: null } => ("deadline", $"'{subject}' after '{from}'"),
                BoundDeadline => ("deadline", $"'{subject}' after '{from}'{trigger}"),
                BoundBefore before => ("before", $"'{subject}' before '{before.Anchor}'{trigger}"),
                _ => (null, null),
            };
            if (kind is not null)
            {
                var key = string.Join("|", kind, subject, from, requirement.Trigger?.ToString(), children).ToLowerInvariant();
                yield return new Limit(direction, rule, requirement.Syntax, key, thing!, $"'{requirement.Timing}{maximum}'");
            }

            foreach (var role in requirement.RoleConstraints)
            {
                var key = string.Join("|", "role", requirement.Subject.Term.Name, role.Action.Name, children).ToLowerInvariant();
                yield return new Limit(direction, rule, role.Syntax, key, $"who has '{requirement.Subject.Term.Name} {role.Action.Name}'", $"'{role.Role}'");
            }
        }
    }
}
