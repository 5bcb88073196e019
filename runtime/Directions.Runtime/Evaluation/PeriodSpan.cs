using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>A period a rule watches or counts from: a CIN episode, a CP plan. An open period has no end.</summary>
public sealed record PeriodSpan(string RecordId, string What, LocalDate Start, LocalDate? End)
{
    /// <summary>True when the period holds the date (both ends included).</summary>
    public bool Contains(LocalDate date) => date >= Start && (End is null || date <= End);
}
