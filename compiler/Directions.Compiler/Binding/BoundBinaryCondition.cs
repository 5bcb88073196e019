namespace Directions.Compiler.Binding;

/// <summary>Two conditions joined by <c>and</c> (<see cref="IsAnd"/>) or <c>or</c>.</summary>
public sealed record BoundBinaryCondition(BoundCondition Left, bool IsAnd, BoundCondition Right) : BoundCondition
{
    /// <inheritdoc />
    public override string ToString() => $"{Left} {(IsAnd ? "and" : "or")} {Right}";
}
