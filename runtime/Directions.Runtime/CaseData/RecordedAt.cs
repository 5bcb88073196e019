using System.Globalization;
using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// When something was recorded as happening: a date, and the time of day when the case system
/// holds one. Most extracts carry dates only, so <see cref="Time"/> is often null. Times are
/// local (England), with no offset. Ordering puts a date with no time before the same date with
/// any time.
/// </summary>
/// <param name="Date">The calendar date.</param>
/// <param name="Time">The time of day, or null when only the date is known.</param>
public readonly record struct RecordedAt(LocalDate Date, LocalTime? Time = null) : IComparable<RecordedAt>
{
    /// <summary>The date and time, taking a missing time as the start of the day.</summary>
    public LocalDateTime StartOrTime => Date + (Time ?? LocalTime.Midnight);

    /// <summary>Orders by date, then by time, a missing time first.</summary>
    public int CompareTo(RecordedAt other)
    {
        var byDate = Date.CompareTo(other.Date);
        if (byDate != 0)
            return byDate;
        if (Time is null)
            return other.Time is null ? 0 : -1;
        return other.Time is null ? 1 : Time.Value.CompareTo(other.Time.Value);
    }

    /// <summary>True when <paramref name="left"/> is before <paramref name="right"/>.</summary>
    public static bool operator <(RecordedAt left, RecordedAt right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> is after <paramref name="right"/>.</summary>
    public static bool operator >(RecordedAt left, RecordedAt right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> is before or the same as <paramref name="right"/>.</summary>
    public static bool operator <=(RecordedAt left, RecordedAt right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> is after or the same as <paramref name="right"/>.</summary>
    public static bool operator >=(RecordedAt left, RecordedAt right) => left.CompareTo(right) >= 0;

    /// <summary>A date with no time.</summary>
    public static implicit operator RecordedAt(LocalDate date) => new(date);

    /// <summary>
    /// Reads <c>YYYY-MM-DD</c>, <c>YYYY-MM-DDTHH:MM</c> or <c>YYYY-MM-DDTHH:MM:SS</c>
    /// (the canonical JSON's forms); returns false for anything else, including impossible dates
    /// such as 2025-02-30 and times with an offset.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out RecordedAt value)
    {
        value = default;
        if (text.Length is not (10 or 16 or 19) || !TryParseDate(text[..10], out var date))
            return false;
        if (text.Length == 10)
        {
            value = new RecordedAt(date);
            return true;
        }

        if (text[10] != 'T' || text[13] != ':' || !TwoDigits(text[11..], out var hour) || !TwoDigits(text[14..], out var minute) || hour > 23 || minute > 59)
            return false;
        var second = 0;
        if (text.Length == 19 && (text[16] != ':' || !TwoDigits(text[17..], out second) || second > 59))
            return false;
        value = new RecordedAt(date, new LocalTime(hour, minute, second));
        return true;
    }

    /// <summary>Reads a date written <c>YYYY-MM-DD</c>; returns false for anything else, including impossible dates such as 2025-02-30.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' ||
            !TwoDigits(text, out var century) || !TwoDigits(text[2..], out var yearOfCentury) ||
            !TwoDigits(text[5..], out var month) || !TwoDigits(text[8..], out var day))
            return false;
        var year = century * 100 + yearOfCentury;
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
            return false;
        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.Length < 2 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]))
            return false;
        value = (text[0] - '0') * 10 + (text[1] - '0');
        return true;
    }

    /// <summary>A date in the canonical form <c>YYYY-MM-DD</c>.</summary>
    public static string FormatDate(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The canonical form: <c>YYYY-MM-DD</c>, or <c>YYYY-MM-DDTHH:MM</c> (with <c>:SS</c> when the seconds are not zero).</summary>
    public override string ToString()
    {
        var date = FormatDate(Date);
        if (Time is not { } time)
            return date;
        var format = time.Second == 0 && time.NanosecondOfSecond == 0 ? "HH':'mm" : "HH':'mm':'ss";
        return date + "T" + time.ToString(format, CultureInfo.InvariantCulture);
    }
}
