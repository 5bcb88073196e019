using System.Collections.Immutable;
using Directions.Compiler.Symbols;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// Which rules of a set of directions have scenarios: for every rule, the scenarios that test it and
/// expect it met, not met, or something else. A rule is covered with at least one met and one not-met
/// scenario that is not skipped; a rule another rule `overrides` is not checked, and needs none.
/// </summary>
public static class ScenarioCoverage
{
    /// <summary>The coverage of every rule of <paramref name="directions"/> by the results of running scenarios.</summary>
    public static ImmutableArray<RuleCoverage> Compute(IEnumerable<DirectionSymbol> directions, IEnumerable<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(directions);
        ArgumentNullException.ThrowIfNull(results);
        var counted = results
            .Where(r => r.Outcome != ScenarioOutcome.Skipped && r.RuleFile is not null && r.Scenario.Expectation is not null)
            .ToList();
        return
        [
            .. from direction in directions
               from rule in direction.Rules
               let mine = counted.Where(r => SameFile(r.RuleFile!, direction.FilePath) && string.Equals(VocabularySymbol.Normalize(r.RuleName), VocabularySymbol.Normalize(rule.Name), StringComparison.Ordinal)).ToList()
               select new RuleCoverage(
                   direction.FilePath, rule.Name, rule.Line,
                   mine.Count(r => ScenarioStatusNames.IsMet(r.Scenario.Expectation!.Status)),
                   mine.Count(r => ScenarioStatusNames.IsNotMet(r.Scenario.Expectation!.Status)),
                   mine.Count(r => !ScenarioStatusNames.IsMet(r.Scenario.Expectation!.Status) && !ScenarioStatusNames.IsNotMet(r.Scenario.Expectation!.Status)))
               {
                   OverriddenBy = rule.OverriddenBy?.ToString(),
               },
        ];
    }

    private static bool SameFile(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
