using System.Globalization;
using NodaTime;

namespace Directions.Cli.Reporting;

/// <summary>Dates and numbers as every report writes them: ISO dates, invariant numbers.</summary>
public static class ReportText
{
    /// <summary>An ISO date: <c>2025-10-01</c>.</summary>
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An ISO date, or empty for none.</summary>
    public static string Date(LocalDate? date) => date is { } d ? Date(d) : string.Empty;

    /// <summary>A whole number, invariant.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1 October 2025".</summary>
    public static string LongDate(LocalDate date) => Runtime.Evaluation.DateText.Format(date);
}
