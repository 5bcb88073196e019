using System.Collections.Immutable;

namespace Directions.Compiler.Lowering;

/// <summary>A rule lowered: its periods, cohorts and requirements; mirrors the runtime's RuleSpec.</summary>
public sealed record RulePlan(
    string Name,
    int Line,
    ImmutableArray<string> Citations,
    string? Quote,
    PeriodPlan? SubjectPeriods,
    ImmutableArray<ConditionPlan> AppliesTo,
    ImmutableArray<RequirementPlan> Requirements);
