using NodaTime;
using NodaTime.Text;

namespace Directions.Runtime.Time;

/// <summary>
/// Counts working days: Monday to Friday, except the bank holidays and local closure days of
/// a <see cref="BankHolidayCalendar"/>.
/// </summary>
/// <remarks>
/// The trigger day is day 0, whatever day of the week it is: day 1 is the first working day
/// after it. So from Friday 23 May 2025 (Monday 26 May a bank holiday) day 1 is Tuesday 27 May,
/// and from a Saturday day 1 is the Monday. Every date examined must be within the holiday
/// calendar's covered years, or <see cref="CalendarRangeException"/> is thrown.
/// </remarks>
/// <param name="holidays">The bank holidays and closures that are not working days.</param>
public sealed class WorkingDayCalendar(BankHolidayCalendar holidays)
{
    private static readonly Lazy<WorkingDayCalendar> EnglandAndWalesCalendar = new(() => new(BankHolidayCalendar.EnglandAndWales));

    /// <summary>Working days in England and Wales, with no local closures.</summary>
    public static WorkingDayCalendar EnglandAndWales => EnglandAndWalesCalendar.Value;

    /// <summary>The bank holidays and closures that are not working days.</summary>
    public BankHolidayCalendar Holidays { get; } = holidays ?? throw new ArgumentNullException(nameof(holidays));

    /// <summary>True when <paramref name="date"/> is Monday to Friday and neither a bank holiday nor a closure day.</summary>
    /// <exception cref="CalendarRangeException">The date is outside the holiday calendar's covered years.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        Holidays.EnsureCovered(date);
        return date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !Holidays.IsHolidayOrClosure(date);
    }

    /// <summary>
    /// The <paramref name="count"/>-th working day after <paramref name="start"/>. The start is
    /// day 0 whatever day it is (a weekend or a holiday included); a count of 0 returns the start.
    /// </summary>
    /// <param name="start">Day 0: the trigger date.</param>
    /// <param name="count">How many working days to count; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="CalendarRangeException">The start, or a day counted through, is outside the holiday calendar's covered years.</exception>
    public LocalDate AddWorkingDays(LocalDate start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        EnsureCovered(start, start, count);

        var date = start;
        var remaining = count;
        while (remaining > 0)
        {
            date = date.PlusDays(1);
            EnsureCovered(date, start, count);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// The <paramref name="count"/>-th working day before <paramref name="start"/>: counting back,
    /// as <see cref="AddWorkingDays"/> counts forward (the start is day 0; a count of 0 returns it).
    /// </summary>
    /// <param name="start">Day 0: the anchor date.</param>
    /// <param name="count">How many working days to count back; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="CalendarRangeException">A day counted through is outside the holiday calendar's covered years.</exception>
    public LocalDate SubtractWorkingDays(LocalDate start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        EnsureCovered(start, start, count);

        var date = start;
        var remaining = count;
        while (remaining > 0)
        {
            date = date.PlusDays(-1);
            EnsureCovered(date, start, count);
            if (IsWorkingDay(date))
                remaining--;
        }

        return date;
    }

    /// <summary>
    /// How many working days lie after <paramref name="from"/> up to and including
    /// <paramref name="to"/>, so that <c>AddWorkingDays(from, WorkingDaysBetween(from, to)) == to</c>
    /// whenever <paramref name="to"/> is a working day. Negative when <paramref name="to"/> is
    /// before <paramref name="from"/> (<c>WorkingDaysBetween(a, b) == -WorkingDaysBetween(b, a)</c>);
    /// 0 when they are the same date.
    /// </summary>
    /// <param name="from">Day 0.</param>
    /// <param name="to">The end date.</param>
    /// <exception cref="CalendarRangeException">Either date is outside the holiday calendar's covered years.</exception>
    public int WorkingDaysBetween(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var uncovered = !Holidays.Covers(from) ? from : !Holidays.Covers(to) ? to : (LocalDate?)null;
        if (uncovered is { } outside)
        {
            Holidays.EnsureCovered(outside, $"counting working days from {Iso(from)} to {Iso(to)}");
        }

        var count = 0;
        for (var date = from.PlusDays(1); date <= to; date = date.PlusDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    // The message's context is built only when the date is out of range: this runs for every day counted.
    private void EnsureCovered(LocalDate date, LocalDate start, int count)
    {
        if (!Holidays.Covers(date))
        {
            Holidays.EnsureCovered(date, $"counting {new PolicyDuration(count, PolicyUnit.WorkingDays)} from {Iso(start)}");
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
