using Directions.Compiler.Binding;

namespace Directions.Compiler.Describing;

/// <summary>
/// Durations in plain English with their units resolved: "4 weeks" reads "28 days (4 weeks)", so a
/// reader never has to work out what a policy's unit means. Hover, inlay hints and `directions render`
/// all use this, so they say the same thing.
/// </summary>
public static class DurationDescriber
{
    /// <summary>
    /// The length in the unit it is counted in, then as written where that differs:
    /// "28 days (4 weeks)", "12 calendar months (1 year)", "20 working days", "3 calendar months", "72 hours".
    /// </summary>
    public static string Describe(Duration duration)
    {
        var resolved = Resolve(duration);
        var written = duration.ToString();
        return string.Equals(resolved, written, StringComparison.Ordinal) ? resolved : $"{resolved} ({written})";
    }

    /// <summary>
    /// What the duration is counted as: weeks as days, years as calendar months, months as calendar months
    /// ("28 days", "12 calendar months", "20 working days"). The short form an inlay hint shows after "= ".
    /// </summary>
    public static string Resolve(Duration duration) => duration.Unit switch
    {
        TimeUnit.Weeks => Plural(duration.Count * 7, "day"),
        TimeUnit.Years => Plural(duration.Count * 12, "calendar month"),
        TimeUnit.Months => Plural(duration.Count, "calendar month"),
        TimeUnit.WorkingDays => Plural(duration.Count, "working day"),
        TimeUnit.Days => Plural(duration.Count, "day"),
        _ => Plural(duration.Count, "hour"),
    };

    /// <summary>How the unit is counted, in one sentence (for hover on a duration).</summary>
    public static string ExplainUnit(TimeUnit unit) => unit switch
    {
        TimeUnit.Hours => "Clock hours from the time of the anchor.",
        TimeUnit.Days => "Calendar days: weekends and bank holidays count.",
        TimeUnit.WorkingDays => "Working days: Monday to Friday, not counting England and Wales bank holidays.",
        TimeUnit.Weeks => "Weeks of 7 calendar days.",
        TimeUnit.Months => "Calendar months; a date past the end of a shorter month moves to its last day.",
        _ => "Years of 12 calendar months.",
    };

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
