using Directions.Compiler.Symbols;

namespace Directions.Compiler.Binding;

/// <summary><c>open_for at least 12 months</c>: a duration field, worked out on the check date, is at least a duration.</summary>
public sealed record BoundAtLeastCondition(FieldSymbol Field, Duration Least) : BoundCondition
{
    /// <inheritdoc />
    public override string ToString() => $"{Field.Name} at least {Least}";
}
