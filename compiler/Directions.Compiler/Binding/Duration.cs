namespace Directions.Compiler.Binding;

/// <summary>A length of time as a policy states it: a count and a unit ("4 weeks", "20 working days").</summary>
public sealed record Duration(int Count, TimeUnit Unit)
{
    /// <summary>The fewest calendar days this can span (a month can be 28 days; 5 working days are at least 5 days).</summary>
    public double MinimumDays => Unit switch
    {
        TimeUnit.Hours => Count / 24.0,
        TimeUnit.Days or TimeUnit.WorkingDays => Count,
        TimeUnit.Weeks => Count * 7,
        TimeUnit.Months => Count == 0 ? 0 : Count * 28 + (Count - 1) * 2,
        _ => Count * 365,
    };

    /// <summary>The most calendar days this can span (working days stretch over weekends and bank holidays).</summary>
    public double MaximumDays => Unit switch
    {
        TimeUnit.Hours => Count / 24.0,
        TimeUnit.Days => Count,
        TimeUnit.WorkingDays => Count + 2 * (Count / 5 + 1) + 4,
        TimeUnit.Weeks => Count * 7,
        TimeUnit.Months => Count * 31,
        _ => Count * 366,
    };

    /// <summary>True when this is certainly shorter than <paramref name="other"/>, whatever the dates.</summary>
    public bool IsCertainlyShorterThan(Duration other) => MaximumDays < other.MinimumDays;

    /// <summary>True when both say the same length in the same unit.</summary>
    public bool IsSameAs(Duration other) => Count == other.Count && Unit == other.Unit;

    /// <summary>What the duration means in days, where that is exact: "= 28 days"; null for months and working days.</summary>
    public string? InDays => Unit switch
    {
        TimeUnit.Weeks => $"{Count * 7} days",
        TimeUnit.Years => $"{Count * 12} months",
        _ => null,
    };

    /// <summary>Plain English: "4 weeks", "1 month", "20 working days".</summary>
    public override string ToString()
    {
        var unit = Unit switch
        {
            TimeUnit.Hours => "hour",
            TimeUnit.Days => "day",
            TimeUnit.WorkingDays => "working day",
            TimeUnit.Weeks => "week",
            TimeUnit.Months => "month",
            _ => "year",
        };
        return Count == 1 ? $"1 {unit}" : $"{Count} {unit}s";
    }
}
