using Directions.Runtime.Time;

namespace Directions.Runtime.Rules;

/// <summary>When a requirement must be met.</summary>
public abstract record TimingSpec;

/// <summary>"every 4 weeks".</summary>
public sealed record CadenceSpec(PolicyDuration Interval) : TimingSpec;

/// <summary>"within 12 weeks of involvement start", optionally "then every 3 months". A null anchor means the requirement's trigger.</summary>
public sealed record DeadlineSpec(PolicyDuration Within, OccurrenceSelector? Anchor, PolicyDuration? ThenEvery) : TimingSpec;

/// <summary>
/// "before pre-proceedings start"; "at least 3 days before ICPC" (<see cref="LeadTime"/>); "within 2 weeks
/// before transfer" (<see cref="Window"/>); "before each CLA review" (<see cref="Each"/>).
/// </summary>
public sealed record BeforeSpec(OccurrenceSelector Anchor) : TimingSpec
{
    /// <summary>The event must be on or before the anchor minus this, counted back in its unit.</summary>
    public PolicyDuration? LeadTime { get; init; }

    /// <summary>The event must be no earlier than the anchor minus this.</summary>
    public PolicyDuration? Window { get; init; }

    /// <summary>For every occurrence of the anchor, an event since the previous occurrence (or the start of the watched period).</summary>
    public bool Each { get; init; }
}
