using Directions.Runtime.Time;

namespace Directions.Runtime.Rules;

/// <summary>When a requirement must be met.</summary>
public abstract record TimingSpec;

/// <summary>"every 4 weeks".</summary>
public sealed record CadenceSpec(PolicyDuration Interval) : TimingSpec;

/// <summary>"within 12 weeks of involvement start", optionally "then every 3 months". A null anchor means the requirement's trigger.</summary>
public sealed record DeadlineSpec(PolicyDuration Within, OccurrenceSelector? Anchor, PolicyDuration? ThenEvery) : TimingSpec;

/// <summary>"before pre-proceedings start".</summary>
public sealed record BeforeSpec(OccurrenceSelector Anchor) : TimingSpec;
