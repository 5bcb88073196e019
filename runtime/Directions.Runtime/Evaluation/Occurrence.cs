using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>
/// A dated record that a rule looks at: a visit, a review, a referral, the start of a plan.
/// <see cref="What"/> names it in plain English ("CIN visit"); only IDs and dates, never case-note text.
/// </summary>
public sealed record Occurrence(string RecordId, string What, LocalDate Date)
{
    /// <summary>The worker in the field a role line checks (who chaired, who signed off), if any.</summary>
    public string? WorkerId { get; init; }

    /// <summary>True when the field an action names (shared with family, signed off) is filled in.</summary>
    public bool ActionDone { get; init; }

    /// <summary>The date in the action's field, when it is a date (when it was shared with the family).</summary>
    public LocalDate? ActionDate { get; init; }
}
