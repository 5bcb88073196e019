using NodaTime;

namespace Directions.Runtime.Time;

/// <summary>
/// Date arithmetic for policy durations, following the language's rules for how time is
/// counted (grammar/README.md, "How time is counted").
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The anchor (trigger) date is day 0; deadlines are inclusive: an event on the due date is on time.</item>
/// <item>Days: the anchor plus N days. Weeks: plus 7 × N days. Weekends and bank holidays count, and a due date on one does not move.</item>
/// <item>Working days: the N-th working day after the anchor (<see cref="WorkingDayCalendar.AddWorkingDays"/>).</item>
/// <item>Months: the same day of the month N months later, or that month's last day when it is too short
/// (31 January + 1 month = 28 February, or 29 in a leap year). Years: 12 × N months
/// (29 February 2024 + 1 year = 28 February 2025).</item>
/// <item>Hours: only on date-times, counted on the local clock: 24 hours after 14:30 on Monday is
/// 14:30 on Tuesday, even across a clock change.</item>
/// </list>
/// </remarks>
public static class PolicyTime
{
    /// <summary>The due date: <paramref name="date"/> plus <paramref name="duration"/>.</summary>
    /// <param name="date">The anchor date (day 0).</param>
    /// <param name="duration">How long after it.</param>
    /// <param name="calendar">The working-day calendar; used only for working days.</param>
    /// <exception cref="ArgumentException">The duration is in hours, which need a time of day: use the <see cref="LocalDateTime"/> overload.</exception>
    /// <exception cref="CalendarRangeException">Working days were counted outside the calendar's covered years.</exception>
    public static LocalDate Add(LocalDate date, PolicyDuration duration, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(duration);
        ArgumentNullException.ThrowIfNull(calendar);
        var n = duration.Count;
        return duration.Unit switch
        {
            PolicyUnit.Days => date.PlusDays(n),
            PolicyUnit.Weeks => date.PlusDays(7 * n),
            PolicyUnit.Months => date.PlusMonths(n),
            PolicyUnit.Years => date.PlusMonths(12 * n),
            PolicyUnit.WorkingDays => calendar.AddWorkingDays(date, n),
            PolicyUnit.Hours => throw new ArgumentException(
                $"A duration of {duration} needs a date and a time of day, not just a date.", nameof(duration)),
            _ => throw new ArgumentOutOfRangeException(nameof(duration), duration.Unit, "Not a policy time unit."),
        };
    }

    /// <summary>
    /// The date <paramref name="duration"/> before <paramref name="date"/>, counted back as
    /// <see cref="Add(LocalDate, PolicyDuration, WorkingDayCalendar)"/> counts forward: 3 days before
    /// 10 March is 7 March; 3 working days before Monday 10 March 2025 is Wednesday 5 March; 1 month
    /// before 31 March 2025 is 28 February 2025 (the month-end rule).
    /// </summary>
    /// <exception cref="ArgumentException">The duration is in hours, which need a time of day.</exception>
    /// <exception cref="CalendarRangeException">Working days were counted outside the calendar's covered years.</exception>
    public static LocalDate Subtract(LocalDate date, PolicyDuration duration, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(duration);
        ArgumentNullException.ThrowIfNull(calendar);
        var n = duration.Count;
        return duration.Unit switch
        {
            PolicyUnit.Days => date.PlusDays(-n),
            PolicyUnit.Weeks => date.PlusDays(-7 * n),
            PolicyUnit.Months => date.PlusMonths(-n),
            PolicyUnit.Years => date.PlusMonths(-12 * n),
            PolicyUnit.WorkingDays => calendar.SubtractWorkingDays(date, n),
            PolicyUnit.Hours => throw new ArgumentException(
                $"A duration of {duration} needs a date and a time of day, not just a date.", nameof(duration)),
            _ => throw new ArgumentOutOfRangeException(nameof(duration), duration.Unit, "Not a policy time unit."),
        };
    }

    /// <summary>
    /// The due date-time: <paramref name="dateTime"/> plus <paramref name="duration"/>. Hours are
    /// added on the local clock; every other unit is added to the date as
    /// <see cref="Add(LocalDate, PolicyDuration, WorkingDayCalendar)"/> does, keeping the time of day.
    /// </summary>
    /// <param name="dateTime">The anchor date and time.</param>
    /// <param name="duration">How long after it.</param>
    /// <param name="calendar">The working-day calendar; used only for working days.</param>
    /// <exception cref="CalendarRangeException">Working days were counted outside the calendar's covered years.</exception>
    public static LocalDateTime Add(LocalDateTime dateTime, PolicyDuration duration, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(duration);
        ArgumentNullException.ThrowIfNull(calendar);
        return duration.Unit == PolicyUnit.Hours
            ? dateTime.PlusHours(duration.Count)
            : Add(dateTime.Date, duration, calendar).At(dateTime.TimeOfDay);
    }

    /// <summary>
    /// True when <paramref name="candidate"/> is on or after <paramref name="anchor"/> and on or
    /// before the due date (<paramref name="anchor"/> plus <paramref name="duration"/>): the due
    /// date itself is on time, the day after is not.
    /// </summary>
    /// <param name="anchor">The anchor date (day 0).</param>
    /// <param name="candidate">The date of the event being checked.</param>
    /// <param name="duration">The allowed time.</param>
    /// <param name="calendar">The working-day calendar; used only for working days.</param>
    /// <exception cref="ArgumentException">The duration is in hours, which need a time of day.</exception>
    /// <exception cref="CalendarRangeException">Working days were counted outside the calendar's covered years.</exception>
    public static bool IsWithin(LocalDate anchor, LocalDate candidate, PolicyDuration duration, WorkingDayCalendar calendar) =>
        anchor <= candidate && candidate <= Add(anchor, duration, calendar);

    /// <summary>
    /// True when <paramref name="candidate"/> is at or after <paramref name="anchor"/> and at or
    /// before <paramref name="anchor"/> plus <paramref name="duration"/> (inclusive).
    /// </summary>
    /// <param name="anchor">The anchor date and time.</param>
    /// <param name="candidate">The date and time of the event being checked.</param>
    /// <param name="duration">The allowed time.</param>
    /// <param name="calendar">The working-day calendar; used only for working days.</param>
    /// <exception cref="CalendarRangeException">Working days were counted outside the calendar's covered years.</exception>
    public static bool IsWithin(LocalDateTime anchor, LocalDateTime candidate, PolicyDuration duration, WorkingDayCalendar calendar) =>
        anchor <= candidate && candidate <= Add(anchor, duration, calendar);

    /// <summary>Calendar days from <paramref name="from"/> to <paramref name="to"/>: 1 for consecutive days, negative when <paramref name="to"/> is earlier.</summary>
    /// <param name="from">The earlier date (day 0).</param>
    /// <param name="to">The later date.</param>
    public static int DaysBetween(LocalDate from, LocalDate to) => Period.DaysBetween(from, to);
}
