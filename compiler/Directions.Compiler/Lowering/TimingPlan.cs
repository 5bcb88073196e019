using Directions.Compiler.Binding;

namespace Directions.Compiler.Lowering;

/// <summary>The timing of a requirement, lowered: durations and, for deadlines, what they count from.</summary>
public abstract record TimingPlan;

/// <summary>"every N".</summary>
public sealed record CadencePlan(Duration Interval) : TimingPlan;

/// <summary>"within N of anchor[, then every M]"; a null anchor counts from the requirement's trigger.</summary>
public sealed record DeadlinePlan(Duration Within, SelectorPlan? Anchor, Duration? ThenEvery) : TimingPlan;

/// <summary>"before anchor".</summary>
public sealed record BeforePlan(SelectorPlan Anchor) : TimingPlan;
