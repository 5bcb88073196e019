using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Directions.Runtime.Evaluation;

/// <summary>Dates and day counts in the words explanations use: "5 February 2025", "43 days".</summary>
public static class DateText
{
    private static readonly LocalDatePattern Long = LocalDatePattern.Create("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>"5 February 2025".</summary>
    public static string Format(LocalDate date) => Long.Format(date);

    /// <summary>"1 day", "43 days".</summary>
    public static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
