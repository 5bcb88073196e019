using Directions.Runtime.Time;
using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>How far a recorded rationale stretches a limit: every day past the limit must be covered by a record in force, up to the maximum.</summary>
internal static class RationaleCoverage
{
    /// <summary>
    /// The first day after <paramref name="due"/> (up to <paramref name="to"/>) that no rationale excuses, or that is past
    /// the maximum counted from <paramref name="from"/>; null when every day is excused. With no rationale at all, the day after due.
    /// </summary>
    public static LocalDate? FirstUnexcusedDay(IReadOnlyList<RecordInForce>? rationale, LocalDate from, LocalDate due, LocalDate to, GapLimits limits, WorkingDayCalendar calendar)
    {
        if (rationale is null)
            return due.PlusDays(1);
        var ceiling = limits.Maximum is null ? (LocalDate?)null : DateLimits.Add(from, limits.Maximum, calendar);
        for (var day = due.PlusDays(1); day <= to; day = day.PlusDays(1))
        {
            if ((ceiling is not null && day > ceiling) || !rationale.Any(r => r.InForceOn(day)))
                return day;
        }

        return null;
    }
}
