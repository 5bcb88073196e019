namespace Directions.Compiler.Lowering;

/// <summary>A role constraint: the records (with their worker field) and the role their worker must hold.</summary>
public sealed record RolePlan(string Action, ConditionPlan Role, SelectorPlan Records);
