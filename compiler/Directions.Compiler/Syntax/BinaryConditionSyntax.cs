namespace Directions.Compiler.Syntax;

/// <summary>Two conditions joined by `and` or `or`.</summary>
public sealed partial class BinaryConditionSyntax(ConditionSyntax left, SyntaxToken operatorKeyword, ConditionSyntax right) : ConditionSyntax
{
    /// <summary>The left condition.</summary>
    public ConditionSyntax Left { get; } = left;

    /// <summary>`and` or `or`.</summary>
    public SyntaxToken OperatorKeyword { get; } = operatorKeyword;

    /// <summary>The right condition.</summary>
    public ConditionSyntax Right { get; } = right;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BinaryCondition;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Left;
        yield return OperatorKeyword;
        yield return Right;
    }
}
