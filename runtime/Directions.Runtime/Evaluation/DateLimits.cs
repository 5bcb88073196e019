using Directions.Runtime.Time;
using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>
/// Limits counted on dates. Findings are worked out on the dates of records, because most case
/// records carry a date and no time; a limit in hours is therefore counted in whole days, rounded up
/// (24 hours = 1 day, 72 hours = 3 days, 36 hours = 2 days), which gives the record the benefit of the doubt.
/// </summary>
internal static class DateLimits
{
    /// <summary>The last day within <paramref name="limit"/> of <paramref name="date"/> (day 0).</summary>
    public static LocalDate Add(LocalDate date, PolicyDuration limit, WorkingDayCalendar calendar) =>
        limit.Unit == PolicyUnit.Hours
            ? date.PlusDays((limit.Count + 23) / 24)
            : PolicyTime.Add(date, limit, calendar);

    /// <summary>
    /// The latest day at least <paramref name="lead"/> before <paramref name="date"/>. Hours are whole
    /// days rounded down (72 hours = 3 days, 36 hours = 1 day), the benefit of the doubt again.
    /// </summary>
    public static LocalDate LatestBefore(LocalDate date, PolicyDuration lead, WorkingDayCalendar calendar) =>
        lead.Unit == PolicyUnit.Hours
            ? date.PlusDays(-(lead.Count / 24))
            : PolicyTime.Subtract(date, lead, calendar);

    /// <summary>The earliest day within <paramref name="window"/> before <paramref name="date"/>; hours rounded up.</summary>
    public static LocalDate EarliestBefore(LocalDate date, PolicyDuration window, WorkingDayCalendar calendar) =>
        window.Unit == PolicyUnit.Hours
            ? date.PlusDays(-((window.Count + 23) / 24))
            : PolicyTime.Subtract(date, window, calendar);
}
