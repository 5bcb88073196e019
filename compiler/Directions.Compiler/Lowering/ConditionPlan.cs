using Directions.Compiler.Binding;

namespace Directions.Compiler.Lowering;

/// <summary>A named condition on a child (a cohort) or on a worker (a role).</summary>
public sealed record ConditionPlan(string Name, BoundCondition Condition);
