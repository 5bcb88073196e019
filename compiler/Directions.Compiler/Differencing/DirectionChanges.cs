using System.Collections.Immutable;

namespace Directions.Compiler.Differencing;

/// <summary>The changes in meaning of one direction version, header first, then rule by rule in the new file's order.</summary>
/// <param name="Id">The direction's id.</param>
/// <param name="Title">Its title (the new one, or the old one if it was removed).</param>
/// <param name="OldVersion">The version on the old side, or null if the direction is new.</param>
/// <param name="NewVersion">The version on the new side, or null if it was removed.</param>
/// <param name="FilePath">The file it is written in (the new side's, if it has one).</param>
/// <param name="Changes">The changes; never empty.</param>
public sealed record DirectionChanges(string Id, string Title, string? OldVersion, string? NewVersion, string FilePath, ImmutableArray<SemanticChange> Changes)
{
    /// <summary>"bristol-cin 2021.1 -> 2021.2", "bristol-cin 2021.1", "bristol-cin (new) 2024.1".</summary>
    public string Heading => (OldVersion, NewVersion) switch
    {
        (null, var v) => $"{Id} {v} (new)",
        (var v, null) => $"{Id} {v} (removed)",
        var (o, n) when o == n => $"{Id} {n}",
        var (o, n) => $"{Id} {o} -> {n}",
    };

    /// <summary>The changes to the header (not to any one rule).</summary>
    public IEnumerable<SemanticChange> HeaderChanges => Changes.Where(c => c.Rule is null);

    /// <summary>The changes to rules, grouped by rule, in order.</summary>
    public IEnumerable<IGrouping<string, SemanticChange>> RuleChanges => Changes.Where(c => c.Rule is not null).GroupBy(c => c.Rule!);
}
