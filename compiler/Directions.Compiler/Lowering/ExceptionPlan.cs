using Directions.Compiler.Binding;

namespace Directions.Compiler.Lowering;

/// <summary>Other limits for a cohort.</summary>
public sealed record ExceptionPlan(ConditionPlan Cohort, Duration? Interval, Duration? Maximum);
