using Directions.Compiler.Binding;

namespace Directions.Compiler.Lowering;

/// <summary>How to pick the periods a rule watches: rows of a table with a start and an end field.</summary>
public sealed record PeriodPlan(string Table, BoundCondition? Condition, string StartField, string EndField, string What);
