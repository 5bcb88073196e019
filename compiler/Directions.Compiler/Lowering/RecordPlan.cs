using Directions.Compiler.Binding;

namespace Directions.Compiler.Lowering;

/// <summary>
/// How to pick the records that excuse a longer gap, and the days each is in force: from
/// <see cref="FromField"/> (or, when empty, <see cref="DateField"/>) to <see cref="UntilField"/> (or open-ended).
/// </summary>
public sealed record RecordPlan(string Table, BoundCondition? Condition, string DateField, string? FromField, string? UntilField, string What);
