using System.Collections.Immutable;

namespace Directions.Runtime.Rules;

/// <summary>
/// A compiled rule: name, source line, citations, the cohorts it is limited to, the periods it watches
/// (<see cref="SubjectPeriods"/>, e.g. the child's CIN episodes; cadences run inside them), and its requirements.
/// </summary>
public sealed record RuleSpec(
    string Name,
    int Line,
    ImmutableArray<string> Citations,
    string? Quote,
    string SubjectName,
    PeriodSelector SubjectPeriods,
    ImmutableArray<RequirementSpec> Requirements)
{
    /// <summary>`applies to`: the rule applies to a child in any of these cohorts (none: every child with a subject period).</summary>
    public ImmutableArray<(string Name, CohortTest Test)> AppliesTo { get; init; } = [];
}
