using NodaTime;
using NodaTime.Text;

namespace Directions.Runtime.Time;

/// <summary>
/// Thrown when working days are asked about a date the bank-holiday data does not cover.
/// Outside the covered years the calendar does not know the bank holidays, so it refuses to
/// answer rather than silently treating the date as having none.
/// </summary>
public sealed class CalendarRangeException : Exception
{
    /// <summary>Creates the exception for <paramref name="date"/>, outside <paramref name="firstCovered"/> to <paramref name="lastCovered"/>.</summary>
    /// <param name="date">The date that is not covered.</param>
    /// <param name="firstCovered">The first date the calendar covers (1 January of its first year).</param>
    /// <param name="lastCovered">The last date the calendar covers (31 December of its last year).</param>
    /// <param name="calendarName">The calendar's name, for the message ("England and Wales").</param>
    /// <param name="context">What was being worked out, for the message ("counting 5 working days from 2028-12-28"); null for none.</param>
    public CalendarRangeException(LocalDate date, LocalDate firstCovered, LocalDate lastCovered, string calendarName, string? context = null)
        : base(BuildMessage(date, firstCovered, lastCovered, calendarName, context))
    {
        Date = date;
        FirstCovered = firstCovered;
        LastCovered = lastCovered;
    }

    /// <summary>The date that is not covered.</summary>
    public LocalDate Date { get; }

    /// <summary>The first date the calendar covers.</summary>
    public LocalDate FirstCovered { get; }

    /// <summary>The last date the calendar covers.</summary>
    public LocalDate LastCovered { get; }

    private static string BuildMessage(LocalDate date, LocalDate first, LocalDate last, string calendarName, string? context)
    {
        var iso = LocalDatePattern.Iso;
        var prefix = context is null ? string.Empty : $"While {context}: ";
        return $"{prefix}{iso.Format(date)} is outside the {calendarName} bank-holiday calendar, which covers "
            + $"{iso.Format(first)} to {iso.Format(last)}. Working days cannot be counted there until that year's "
            + "bank holidays are added to the calendar data.";
    }
}
