using System.Globalization;

namespace Directions.Cli.Review;

/// <summary>Writes the findings that change, counted per rule and per team, with the children's IDs (never any note text), as text or Markdown.</summary>
public static class ImpactReportWriter
{
    private static readonly FindingChangeKind[] Kinds = Enum.GetValues<FindingChangeKind>();

    /// <summary>The name of a kind of change, as the reports write it.</summary>
    public static string Name(FindingChangeKind kind) => kind switch
    {
        FindingChangeKind.NewlyOverdue => "newly overdue",
        FindingChangeKind.NewlyBreached => "newly breached",
        FindingChangeKind.NewlyMet => "newly met",
        FindingChangeKind.NowApplies => "now applies",
        FindingChangeKind.NoLongerApplies => "no longer applies",
        FindingChangeKind.DueDateMoved => "due date moved",
        _ => "other status change",
    };

    /// <summary>One line on what was run.</summary>
    public static string Summary(IReadOnlyList<FindingChange> changes, int children, string asOf) =>
        changes.Count == 0
            ? $"No finding changes for any of the {children} children as of {asOf}."
            : $"{Count(changes.Count, "finding")} {(changes.Count == 1 ? "changes" : "change")} for {Count(changes.Select(c => c.ChildId).Distinct().Count(), "child", "children")} of {children}, as of {asOf}.";

    /// <summary>Plain text: the summary, a table per rule and per team, then the children's IDs for each rule and kind of change.</summary>
    public static void WriteText(TextWriter output, IReadOnlyList<FindingChange> changes, int children, string asOf)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(changes);
        output.WriteLine(Summary(changes, children, asOf));
        if (changes.Count == 0)
            return;

        WriteTable(output, "Per rule", "Direction / rule", changes.GroupBy(c => $"{c.DirectionId} / {c.Rule}"), markdown: false);
        WriteTable(output, "Per team", "Team", changes.GroupBy(c => c.Team ?? "(no team)"), markdown: false);
        output.WriteLine();
        output.WriteLine("Children affected (IDs):");
        foreach (var rule in changes.GroupBy(c => (c.DirectionId, c.Rule)))
        {
            output.WriteLine($"  {rule.Key.DirectionId} / {rule.Key.Rule}");
            foreach (var kind in rule.GroupBy(c => c.Kind))
                output.WriteLine($"    {Name(kind.Key)} ({kind.Count()}): {string.Join(", ", kind.Select(Describe))}");
        }
    }

    /// <summary>Markdown for a pull-request comment; rule and team names are escaped.</summary>
    public static void WriteMarkdown(TextWriter output, IReadOnlyList<FindingChange> changes, int children, string asOf)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(changes);
        output.WriteLine("### Directions: impact on children's findings");
        output.WriteLine();
        output.WriteLine(MarkdownText.Escape(Summary(changes, children, asOf)));
        if (changes.Count == 0)
            return;

        WriteTable(output, "Per rule", "Direction / rule", changes.GroupBy(c => $"{c.DirectionId} / {c.Rule}"), markdown: true);
        WriteTable(output, "Per team", "Team", changes.GroupBy(c => c.Team ?? "(no team)"), markdown: true);
        output.WriteLine();
        output.WriteLine("<details><summary>Children affected (IDs)</summary>");
        output.WriteLine();
        foreach (var rule in changes.GroupBy(c => (c.DirectionId, c.Rule)))
        {
            output.WriteLine($"- **{MarkdownText.Escape($"{rule.Key.DirectionId} / {rule.Key.Rule}")}**");
            foreach (var kind in rule.GroupBy(c => c.Kind))
                output.WriteLine($"  - {Name(kind.Key)} ({kind.Count()}): {MarkdownText.Escape(string.Join(", ", kind.Select(Describe)))}");
        }

        output.WriteLine();
        output.WriteLine("</details>");
    }

    /// <summary>A child's ID, with the due dates when they moved: "C0001 (2025-10-03 -> 2025-10-17)".</summary>
    private static string Describe(FindingChange change) =>
        change.Kind == FindingChangeKind.DueDateMoved ? $"{change.ChildId} ({Date(change.DueBefore)} -> {Date(change.DueAfter)})" : change.ChildId;

    private static string Date(NodaTime.LocalDate? date) =>
        date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "none";

    private static void WriteTable(TextWriter output, string title, string first, IEnumerable<IGrouping<string, FindingChange>> groups, bool markdown)
    {
        var kinds = Kinds.Where(k => groups.Any(g => g.Any(c => c.Kind == k))).ToList();
        var rows = groups.OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new[] { g.Key }.Concat(kinds.Select(k => g.Count(c => c.Kind == k).ToString(CultureInfo.InvariantCulture))).ToArray())
            .ToList();
        var header = new[] { first }.Concat(kinds.Select(Name)).ToArray();
        output.WriteLine();
        if (markdown)
        {
            output.WriteLine($"#### {title}");
            output.WriteLine();
            output.WriteLine($"| {string.Join(" | ", header)} |");
            output.WriteLine($"|---|{string.Concat(kinds.Select(_ => "---:|"))}");
            foreach (var row in rows)
                output.WriteLine($"| {MarkdownText.Escape(row[0])} | {string.Join(" | ", row.Skip(1))} |");
            return;
        }

        output.WriteLine($"{title}:");
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine("  " + string.Join("  ", header.Select((h, i) => i == 0 ? h.PadRight(widths[i]) : h.PadLeft(widths[i]))));
        foreach (var row in rows)
            output.WriteLine("  " + string.Join("  ", row.Select((v, i) => i == 0 ? v.PadRight(widths[i]) : v.PadLeft(widths[i]))));
    }

    private static string Count(int n, string noun, string? plural = null) =>
        n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {plural ?? noun + "s"}";
}
