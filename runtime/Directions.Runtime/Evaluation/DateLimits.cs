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
}
