using System.Collections.Immutable;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Symbols;

namespace Directions.Compiler.Binding;

/// <summary>
/// Resolves `overrides "Rule" [in "direction-id"]` clauses once every direction is bound: the named
/// rule must exist and belong to the same policy document (a direction with the same source), and is
/// then marked <see cref="RuleSymbol.OverriddenBy"/>, so it is kept for the record but not checked.
/// Rules that override each other in a circle are an error.
/// </summary>
internal static class OverrideResolver
{
    /// <summary>The directions with their overridden rules marked.</summary>
    public static ImmutableArray<DirectionSymbol> Resolve(ImmutableArray<DirectionSymbol> directions, DiagnosticBag diagnostics)
    {
        var overriddenBy = new Dictionary<RuleSymbol, RuleReference>(ReferenceEqualityComparer.Instance);
        var overriders = new Dictionary<RuleSymbol, (DirectionSymbol Direction, RuleSymbol Rule)>(ReferenceEqualityComparer.Instance);
        foreach (var direction in directions)
        {
            foreach (var rule in direction.Rules)
            {
                foreach (var clause in rule.Overrides)
                {
                    if (Target(direction, rule, clause, directions, diagnostics) is not { } target || overriddenBy.ContainsKey(target))
                        continue;
                    overriddenBy[target] = new RuleReference(direction.Id, rule.Name, SyntaxLocations.Content(rule.Syntax.Header));
                    overriders[target] = (direction, rule);
                }
            }
        }

        ReportCycles(overriders, diagnostics);
        if (overriddenBy.Count == 0)
            return directions;
        return
        [
            .. directions.Select(d => d with
            {
                Rules = [.. d.Rules.Select(r => overriddenBy.TryGetValue(r, out var by) ? r with { OverriddenBy = by } : r)],
            }),
        ];
    }

    private static RuleSymbol? Target(DirectionSymbol direction, RuleSymbol rule, BoundOverride clause, ImmutableArray<DirectionSymbol> directions, DiagnosticBag diagnostics)
    {
        var nameAt = clause.Syntax.RuleName.Location;
        List<DirectionSymbol> candidates;
        if (clause.DirectionId is null || string.Equals(clause.DirectionId, direction.Id, StringComparison.OrdinalIgnoreCase))
        {
            candidates = [direction];
        }
        else
        {
            var idAt = clause.Syntax.DirectionId!.Location;
            var sameId = directions.Where(d => string.Equals(d.Id, clause.DirectionId, StringComparison.OrdinalIgnoreCase)).ToList();
            if (sameId.Count == 0)
            {
                var siblings = directions.Where(d => SameDocument(d, direction) && !ReferenceEquals(d, direction)).Select(d => d.Id);
                diagnostics.Report(BindingDiagnostics.UnknownOverriddenRule, idAt,
                    $"There is no direction with the id '{clause.DirectionId}'.{SpellingSuggester.DidYouMean(clause.DirectionId, siblings.Any() ? siblings : directions.Select(d => d.Id))} Name a direction by its 'id' header item.");
                return null;
            }

            candidates = sameId.Where(d => SameDocument(d, direction)).ToList();
            if (candidates.Count == 0)
            {
                var other = sameId[0];
                var message = direction.Source is null
                    ? $"This direction does not say its source document, so I cannot tell that '{other.Id}' encodes the same one. Add a header line such as: source \"{other.Source ?? "policy.txt"}\""
                    : $"Direction '{other.Id}' encodes {Describe(other.Source)}, not {Describe(direction.Source)}. 'overrides' chooses between two limits of one policy document; when a later document replaces an earlier one, say so with 'supersedes' in its header.";
                diagnostics.Report(BindingDiagnostics.OverrideOutsideDocument, idAt, message);
                return null;
            }
        }

        var target = candidates.SelectMany(d => d.Rules).FirstOrDefault(r => string.Equals(r.Name, clause.RuleName, StringComparison.OrdinalIgnoreCase));
        if (target is null)
        {
            var where = candidates[0] == direction ? "this direction" : $"direction '{candidates[0].Id}'";
            var names = candidates.SelectMany(d => d.Rules).Select(r => r.Name).Where(n => !string.Equals(n, rule.Name, StringComparison.OrdinalIgnoreCase));
            diagnostics.Report(BindingDiagnostics.UnknownOverriddenRule, nameAt,
                $"There is no rule called '{clause.RuleName}' in {where}.{SpellingSuggester.DidYouMean(clause.RuleName, names)}");
            return null;
        }

        if (ReferenceEquals(target, rule))
        {
            diagnostics.Report(BindingDiagnostics.OverrideOutsideDocument, nameAt,
                $"Rule '{rule.Name}' cannot override itself. Name the other rule of the document that sets a different limit.");
            return null;
        }

        return target;
    }

    /// <summary>Two directions encode the same policy document when their sources name the same file or title.</summary>
    public static bool SameDocument(DirectionSymbol a, DirectionSymbol b) =>
        ReferenceEquals(a, b) || (a.Source is not null && string.Equals(a.Source, b.Source, StringComparison.OrdinalIgnoreCase));

    private static string Describe(string? source) => source is null ? "no source document" : $"\"{source}\"";

    /// <summary>Follows who overrides whom; a chain that comes back to where it started is reported once, at its last rule in the files.</summary>
    private static void ReportCycles(Dictionary<RuleSymbol, (DirectionSymbol Direction, RuleSymbol Rule)> overriders, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<RuleSymbol>(ReferenceEqualityComparer.Instance);
        foreach (var start in overriders.Keys)
        {
            if (reported.Contains(start))
                continue;
            var chain = new List<(DirectionSymbol Direction, RuleSymbol Rule)>();
            var current = start;
            while (overriders.TryGetValue(current, out var by) && chain.Count <= overriders.Count)
            {
                chain.Add(by);
                if (ReferenceEquals(by.Rule, start))
                    break;
                current = by.Rule;
            }

            if (chain.Count == 0 || !ReferenceEquals(chain[^1].Rule, start))
                continue;
            foreach (var member in chain)
                reported.Add(member.Rule);
            var inFileOrder = chain.OrderBy(m => m.Direction.FilePath, StringComparer.Ordinal).ThenBy(m => m.Rule.Syntax.Span.Start).ToList();
            var last = inFileOrder[^1];
            var index = chain.IndexOf(last);
            var overridden = chain[(index - 1 + chain.Count) % chain.Count].Rule;
            var names = inFileOrder.Select(m => $"'{m.Rule.Name}'").ToList();
            var list = string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
            var clause = (last.Rule.Overrides.FirstOrDefault(o => string.Equals(o.RuleName, overridden.Name, StringComparison.OrdinalIgnoreCase)) ?? last.Rule.Overrides[0]).Syntax;
            diagnostics.Add(Diagnostic.Create(BindingDiagnostics.OverrideCycle, clause.Location, list)
                with { AdditionalLocations = [.. chain.Where(m => !ReferenceEquals(m.Rule, last.Rule)).Select(m => SyntaxLocations.Content(m.Rule.Syntax.Header))] });
        }
    }
}
