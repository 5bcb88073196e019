using Directions.Compiler.Symbols;

namespace Directions.Compiler.Binding;

/// <summary>
/// <c>child_seen</c>: a yes/no field is yes; <c>permanence_agreed</c>: any other field is filled in
/// (a date, a worker, a text that is not empty), as <c>RuleFunctions.IsDone</c> decides.
/// </summary>
public sealed record BoundFlagCondition(FieldSymbol Field) : BoundCondition
{
    /// <inheritdoc />
    public override string ToString() => Field.Name;
}
