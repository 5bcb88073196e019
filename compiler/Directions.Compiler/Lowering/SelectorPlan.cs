using Directions.Compiler.Binding;

namespace Directions.Compiler.Lowering;

/// <summary>
/// How to pick the dated records a requirement looks at: rows of <see cref="Table"/> meeting
/// <see cref="Condition"/>, dated by <see cref="DateField"/>, named <see cref="What"/> in explanations.
/// <see cref="WorkerField"/> feeds role checks; <see cref="ActionField"/> says whether an action was done.
/// </summary>
public sealed record SelectorPlan(string Table, BoundCondition? Condition, SelectorShape Shape, string DateField, string What)
{
    /// <summary>The field naming the worker a role line checks (chair, signed_off_by), if any.</summary>
    public string? WorkerField { get; init; }

    /// <summary>The field an action names (shared_with_family), if any.</summary>
    public string? ActionField { get; init; }
}
