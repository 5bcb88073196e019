using Directions.Compiler.Symbols;

namespace Directions.Compiler.Binding;

/// <summary><c>child_seen</c>: a yes/no field is yes.</summary>
public sealed record BoundFlagCondition(FieldSymbol Field) : BoundCondition
{
    /// <inheritdoc />
    public override string ToString() => Field.Name;
}
