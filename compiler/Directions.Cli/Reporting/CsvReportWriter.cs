using CsvHelper;

namespace Directions.Cli.Reporting;

/// <summary>
/// Writes a report as CSV (RFC 4180, via CsvHelper: CRLF line ends, quotes where needed): a header, then
/// one row per finding, for a spreadsheet or a performance database. Lists (evidence record ids,
/// paragraphs) are joined with "; ". A text that a spreadsheet would run as a formula gets a leading
/// apostrophe. Ids, codes, dates and explanations only.
/// </summary>
public static class CsvReportWriter
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "child_id", "team", "service_area", "direction_id", "version", "rule", "status", "as_of",
        "overdue_since", "days_overdue", "next_due", "breaches", "evidence_record_ids", "missing_data",
        "explanation", "source_file", "line", "paragraphs",
    ];

    /// <summary>Writes the findings of the report.</summary>
    public static void Write(ComplianceReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape };
        using var csv = CsvWriter.Create(writer, options, leaveOpen: true);
        csv.WriteHeader([.. Header]);
        foreach (var reported in report.Findings)
        {
            var f = reported.Finding;
            var c = f.Citation;
            csv.WriteRecord(
            [
                f.ChildId,
                reported.Team ?? string.Empty,
                reported.ServiceArea ?? string.Empty,
                c.DirectionId,
                c.Version,
                c.RuleName,
                StatusNames.Code(f.Status),
                ReportText.Date(f.AsOf),
                ReportText.Date(f.OverdueSince),
                f.DaysOverdue is { } days ? ReportText.Number(days) : string.Empty,
                ReportText.Date(f.NextDue),
                ReportText.Number(f.Breaches.Length),
                string.Join("; ", f.Evidence.Select(e => e.RecordId)),
                f.MissingData ?? string.Empty,
                f.Explanation,
                c.SourceFile,
                ReportText.Number(c.SourceLine),
                string.Join("; ", c.Paragraphs),
            ]);
        }

        csv.Flush();
    }
}
