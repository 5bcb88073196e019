using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>
/// A record that allows a longer gap while it is in force, such as a case direction giving a
/// rationale: from <see cref="From"/> to <see cref="Until"/>, both included; no end means open-ended.
/// </summary>
public sealed record RecordInForce(string RecordId, string What, LocalDate From, LocalDate? Until)
{
    /// <summary>True when the record is in force on the date.</summary>
    public bool InForceOn(LocalDate date) => date >= From && (Until is null || date <= Until);
}
