using Directions.Compiler.Diagnostics;
using Directions.Compiler.Symbols;

namespace Directions.Compiler.Binding;

/// <summary>
/// Checks across directions: two versions of one direction must not be in force on the same day
/// (a version that supersedes another ends the other the day before it starts), and a version may be
/// defined only once.
/// </summary>
internal static class CrossDirectionChecker
{
    /// <summary>Reports overlapping and duplicate versions.</summary>
    public static void Check(IReadOnlyList<DirectionSymbol> directions, DiagnosticBag diagnostics)
    {
        foreach (var group in directions.GroupBy(d => d.Id, StringComparer.OrdinalIgnoreCase))
        {
            var versions = group.OrderBy(d => d.EffectiveFrom ?? DateOnly.MinValue).ThenBy(d => d.FilePath, StringComparer.Ordinal).ToList();
            for (var i = 0; i < versions.Count; i++)
            {
                for (var j = i + 1; j < versions.Count; j++)
                {
                    var earlier = versions[i];
                    var later = versions[j];
                    if (earlier.Version is not null && string.Equals(earlier.Version, later.Version, StringComparison.OrdinalIgnoreCase))
                    {
                        diagnostics.Add(Diagnostic.Create(BindingDiagnostics.DuplicateVersion, SyntaxLocations.Content(later.Syntax.Header), later.Version, later.Id, earlier.FilePath)
                            with { AdditionalLocations = [SyntaxLocations.Content(earlier.Syntax.Header)] });
                        continue;
                    }

                    if (earlier.EffectiveFrom is not { } earlierFrom || later.EffectiveFrom is not { } laterFrom)
                        continue;
                    var earlierUntil = EffectiveEnd(earlier, versions);
                    if (earlierUntil is null || earlierUntil >= laterFrom)
                    {
                        diagnostics.Add(Diagnostic.Create(BindingDiagnostics.OverlappingVersions, SyntaxLocations.Content(later.Syntax.Header),
                                earlier.Version, later.Version, later.Id, laterFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                            with { AdditionalLocations = [SyntaxLocations.Content(earlier.Syntax.Header)] });
                    }

                    _ = earlierFrom;
                }
            }
        }
    }

    /// <summary>The last day a version is in force: its own 'until', or the day before a version that supersedes it starts.</summary>
    public static DateOnly? EffectiveEnd(DirectionSymbol direction, IEnumerable<DirectionSymbol> versions)
    {
        if (direction.EffectiveUntil is { } until)
            return until;
        var successor = versions
            .Where(v => string.Equals(v.SupersedesId, direction.Id, StringComparison.OrdinalIgnoreCase)
                        && string.Equals(v.SupersedesVersion, direction.Version, StringComparison.OrdinalIgnoreCase)
                        && v.EffectiveFrom is not null)
            .OrderBy(v => v.EffectiveFrom)
            .FirstOrDefault();
        return successor?.EffectiveFrom?.AddDays(-1);
    }
}
