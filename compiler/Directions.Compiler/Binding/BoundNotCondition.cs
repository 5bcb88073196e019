namespace Directions.Compiler.Binding;

/// <summary><c>not ...</c>.</summary>
public sealed record BoundNotCondition(BoundCondition Operand) : BoundCondition
{
    /// <inheritdoc />
    public override string ToString() => $"not ({Operand})";
}
