using System.Text.RegularExpressions;

namespace Directions.Tests.Compilation;

/// <summary>
/// The coverage tables of directions/README.md, read: a table is one whose header's last column is
/// "Rule in &lt;file.pd&gt;[, &lt;file.pd&gt;...]"; each of its rows starts with a catalogue ID, and its
/// last cell either starts with "not encoded" or names the rules in double quotes (text in brackets is
/// commentary, and quotes inside it are not rule names). A counts paragraph is one that
/// contains "counts:**"; it belongs to the section (the nearest heading above it).
/// </summary>
public sealed partial record CoverageReadme(IReadOnlyList<CoverageRow> Rows, IReadOnlyList<CoverageCounts> Counts)
{
    /// <summary>Reads the tables and counts paragraphs of a README.</summary>
    public static CoverageReadme Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var rows = new List<CoverageRow>();
        var counts = new List<CoverageCounts>();
        var section = "";
        IReadOnlyList<string>? files = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#'))
            {
                section = line.TrimStart('#').Trim();
                files = null;
                continue;
            }

            if (line.StartsWith("| ID |", StringComparison.Ordinal) && line.Contains("Rule in", StringComparison.Ordinal))
            {
                files = PdFile().Matches(line).Select(m => m.Value).ToList();
                continue;
            }

            if (files is not null && RowStart().Match(line) is { Success: true } row)
            {
                var cells = line.Trim().Trim('|').Split('|');
                var ruleCell = cells[^1].Trim();
                // A row that is not encoded names no rule, whatever it quotes in its reason.
                var notEncoded = ruleCell.StartsWith("not encoded", StringComparison.OrdinalIgnoreCase);
                rows.Add(new CoverageRow(row.Groups[1].Value, section, files, notEncoded ? [] : LeadingNames(ruleCell), notEncoded, i + 1));
                continue;
            }

            if (!line.StartsWith('|'))
                files = line.Trim().Length == 0 ? files : null;

            if (line.Contains("counts:**", StringComparison.Ordinal))
            {
                var start = i;
                var paragraph = new List<string>();
                for (; i < lines.Length && lines[i].Trim().Length > 0 && !lines[i].StartsWith('#'); i++)
                    paragraph.Add(lines[i].Trim());
                i--;
                counts.Add(CoverageCounts.Parse(string.Join(' ', paragraph), section, start + 1));
            }
        }

        return new CoverageReadme(rows, counts);
    }

    // "\"A\" (commentary, \"not a name\"), \"B\"" -> A, B: quoted names outside brackets.
    private static IReadOnlyList<string> LeadingNames(string cell)
    {
        var outside = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var c in cell)
        {
            if (c == '(')
                depth++;
            else if (c == ')' && depth > 0)
                depth--;
            else if (depth == 0)
                outside.Append(c);
        }

        return QuotedName().Matches(outside.ToString()).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex(@"[A-Za-z0-9_.-]+\.pd\b")]
    private static partial Regex PdFile();

    [GeneratedRegex(@"^\|\s*(S\d{3}-\d{2,3})\s*\|")]
    private static partial Regex RowStart();

    [GeneratedRegex(@"""([^""]+)""")]
    private static partial Regex QuotedName();
}
