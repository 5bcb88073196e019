using Directions.Compiler.Binding;

namespace Directions.Compiler.Lowering;

/// <summary>The timing of a requirement, lowered: durations and, for deadlines, what they count from.</summary>
public abstract record TimingPlan;

/// <summary>"every N".</summary>
public sealed record CadencePlan(Duration Interval) : TimingPlan;

/// <summary>"within N of anchor[, then every M]"; a null anchor counts from the requirement's trigger.</summary>
public sealed record DeadlinePlan(Duration Within, SelectorPlan? Anchor, Duration? ThenEvery) : TimingPlan;

/// <summary>"before anchor", "at least N before anchor", "within N before anchor", "before each anchor".</summary>
public sealed record BeforePlan(SelectorPlan Anchor) : TimingPlan
{
    /// <summary>The lead time: the event is on or before the anchor minus this.</summary>
    public Duration? LeadTime { get; init; }

    /// <summary>The window: the event is no earlier than the anchor minus this.</summary>
    public Duration? Window { get; init; }

    /// <summary>An event for every occurrence of the anchor, since the previous one.</summary>
    public bool Each { get; init; }
}
