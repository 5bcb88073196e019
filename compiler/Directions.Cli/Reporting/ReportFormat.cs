namespace Directions.Cli.Reporting;

/// <summary>How `directions check` writes its report.</summary>
public enum ReportFormat
{
    /// <summary>Tables for a person (Spectre.Console): compliance by rule and by team, the worklist, the overdue list.</summary>
    Table,

    /// <summary>Every finding and a summary, as JSON (runtime/schema/findings.schema.json).</summary>
    Json,

    /// <summary>One row per finding, as CSV (CsvHelper).</summary>
    Csv,

    /// <summary>One self-contained HTML page for a manager.</summary>
    Html,
}
