using Directions.Compiler.Symbols;

namespace Directions.Compiler.Binding;

/// <summary><c>kind is "CIN"</c>: a field equals (or, negated, differs from) a value. Text compares case-insensitively.</summary>
public sealed record BoundComparisonCondition(FieldSymbol Field, bool Negated, object Value) : BoundCondition
{
    /// <inheritdoc />
    public override string ToString() => $"{Field.Name} is {(Negated ? "not " : string.Empty)}{(Value is string s ? $"\"{s}\"" : Value is bool b ? (b ? "yes" : "no") : Value)}";
}
