using System.Text.RegularExpressions;

namespace Directions.Tests.Compilation;

/// <summary>
/// A counts paragraph under a coverage table: "**Seed 004 counts:** 28 rules; **12 encoded** (...),
/// **16 not encoded**: ... Of the 13 rules the catalogue marks checkable against a child's record,
/// 12 are encoded (92%)." A number the paragraph does not give is null.
/// </summary>
public sealed partial record CoverageCounts(string Section, int Line, int? Rules, int? Encoded, int? NotEncoded, int? Checkable, int? CheckableEncoded, int? Percent)
{
    /// <summary>Reads the numbers of one paragraph (its lines joined by spaces).</summary>
    public static CoverageCounts Parse(string paragraph, string section, int line)
    {
        var text = Spaces().Replace(paragraph.Replace("**", "", StringComparison.Ordinal), " ");
        var of = CheckableSentence().Match(text);
        return new CoverageCounts(section, line,
            Number(RulesCount().Match(text)), Number(EncodedCount().Match(text)), Number(NotEncodedCount().Match(text)),
            of.Success ? int.Parse(of.Groups[1].Value) : null,
            of.Success ? int.Parse(of.Groups[2].Value) : null,
            of.Success ? int.Parse(of.Groups[3].Value) : null);
    }

    private static int? Number(Match match) => match.Success ? int.Parse(match.Groups[1].Value) : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"counts: (\d+) rules")]
    private static partial Regex RulesCount();

    [GeneratedRegex(@"(?<!not )\b(\d+) encoded\b")]
    private static partial Regex EncodedCount();

    [GeneratedRegex(@"\b(\d+) not encoded\b")]
    private static partial Regex NotEncodedCount();

    [GeneratedRegex(@"Of the (\d+) rules the catalogue marks checkable against a child's record, (\d+) (?:are|is) encoded \((\d+)%\)")]
    private static partial Regex CheckableSentence();
}
