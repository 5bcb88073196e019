using System.Collections.Immutable;
using Directions.Runtime.Time;

namespace Directions.Runtime.Rules;

/// <summary>
/// One requirement of a compiled rule: the records it is about (<see cref="Subject"/>), its timing,
/// the rationale that may stretch it and the maximum that holds even then, the trigger of a `when`
/// clause, cohort exceptions and role constraints. For "assessment shared with family",
/// <see cref="Action"/> names the action and the subject's occurrences say whether it was done.
/// </summary>
public sealed record RequirementSpec(string Text, int Line, string What, OccurrenceSelector Subject)
{
    /// <summary>The timing, or null for "X recorded" and for role-only requirements.</summary>
    public TimingSpec? Timing { get; init; }

    /// <summary>"unless recorded rationale": the records that excuse a longer gap.</summary>
    public RecordSelector? Rationale { get; init; }

    /// <summary>The outer bound a rationale can stretch the limit to.</summary>
    public PolicyDuration? Maximum { get; init; }

    /// <summary>For `when X: ...`: the occurrences of X that start the requirement.</summary>
    public OccurrenceSelector? Trigger { get; init; }

    /// <summary>What X is called ("CP plan end").</summary>
    public string? TriggerWhat { get; init; }

    /// <summary>The action each record must have done ("shared with family"), if any.</summary>
    public string? Action { get; init; }

    /// <summary>True when a record must exist ("chronology recorded"); set for requirements with no timing and no role line.</summary>
    public bool CheckExistence { get; init; }

    /// <summary>"visit written up within 2 working days": each record's action is due within this of the record's own date.</summary>
    public PolicyDuration? ActionWithin { get; init; }

    /// <summary>"report completed at least 5 days before report due": each record's action is due this long before the record's date (the other field).</summary>
    public PolicyDuration? ActionBefore { get; init; }

    /// <summary>Other limits for cohorts.</summary>
    public ImmutableArray<CohortExceptionSpec> Exceptions { get; init; } = [];

    /// <summary>Role constraints.</summary>
    public ImmutableArray<RoleSpec> Roles { get; init; } = [];
}
