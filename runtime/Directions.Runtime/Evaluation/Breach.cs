using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>
/// One way a rule was broken: a gap longer than allowed, a deadline missed, a missing action, a wrong role.
/// <see cref="Explanation"/> says it in plain English with dates.
/// </summary>
public sealed record Breach(LocalDate From, LocalDate To, int Days, int AllowedDays, string Explanation)
{
    /// <summary>The records at either end, if any.</summary>
    public IReadOnlyList<string> RecordIds { get; init; } = [];
}
