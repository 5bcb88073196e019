namespace Directions.Runtime.Time;

/// <summary>
/// A length of time as a policy states it: a count and a unit ("4 weeks", "20 working days").
/// Mirrors the compiler's <c>Duration</c>; the count is never negative.
/// </summary>
/// <param name="Count">How many units; zero or more ("within 0 days" is "by the same day").</param>
/// <param name="Unit">The unit counted.</param>
public sealed record PolicyDuration(int Count, PolicyUnit Unit)
{
    /// <summary>How many units; zero or more.</summary>
    public int Count { get; } = Count >= 0
        ? Count
        : throw new ArgumentOutOfRangeException(nameof(Count), Count, "A policy duration cannot be negative.");

    /// <summary>The unit counted.</summary>
    public PolicyUnit Unit { get; } = Enum.IsDefined(Unit)
        ? Unit
        : throw new ArgumentOutOfRangeException(nameof(Unit), Unit, "Not a policy time unit.");

    /// <summary>Plain English: "4 weeks", "1 month", "20 working days".</summary>
    public override string ToString()
    {
        var unit = Unit switch
        {
            PolicyUnit.Hours => "hour",
            PolicyUnit.Days => "day",
            PolicyUnit.WorkingDays => "working day",
            PolicyUnit.Weeks => "week",
            PolicyUnit.Months => "month",
            _ => "year",
        };
        return Count == 1 ? $"1 {unit}" : $"{Count} {unit}s";
    }
}
