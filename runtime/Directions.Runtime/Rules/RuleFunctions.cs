using Directions.Runtime.CaseData;
using Directions.Runtime.Time;
using NodaTime;

namespace Directions.Runtime.Rules;

/// <summary>
/// The small operations vocabulary conditions are made of, shared by rule assemblies and the
/// interpreter so that both give the same answers: text compares without regard to case, a length
/// of time compares by calendar arithmetic on the check date.
/// </summary>
public static class RuleFunctions
{
    /// <summary>Text equality, ignoring case; a missing value equals nothing.</summary>
    public static bool TextEquals(string? value, string expected) =>
        value is not null && string.Equals(value.Trim(), expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when a length of time (a child's age, how long a case has been open), worked out on
    /// <paramref name="on"/>, is at least <paramref name="least"/>: counting <paramref name="least"/> from
    /// the day the length began lands on or before <paramref name="on"/>.
    /// </summary>
    public static bool AtLeast(Period? value, PolicyDuration least, LocalDate on, WorkingDayCalendar calendar)
    {
        if (value is null)
            return false;
        var began = on.Minus(value);
        return least.Unit == PolicyUnit.Hours ? value.ToDuration().TotalHours >= least.Count : PolicyTime.Add(began, least, calendar) <= on;
    }

    /// <summary>The date of a date or date-time field value; null when empty.</summary>
    public static LocalDate? DateOf(object? value) => value switch
    {
        LocalDate date => date,
        RecordedAt at => at.Date,
        _ => null,
    };

    /// <summary>True when a field holds a value: a date, a yes, a worker, a text.</summary>
    public static bool IsDone(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string text => text.Length > 0,
        _ => true,
    };
}
