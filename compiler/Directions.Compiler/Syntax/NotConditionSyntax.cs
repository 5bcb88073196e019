namespace Directions.Compiler.Syntax;

/// <summary>`not &lt;condition&gt;`.</summary>
public sealed partial class NotConditionSyntax(SyntaxToken notKeyword, ConditionSyntax operand) : ConditionSyntax
{
    /// <summary>The keyword `not`.</summary>
    public SyntaxToken NotKeyword { get; } = notKeyword;

    /// <summary>The negated condition.</summary>
    public ConditionSyntax Operand { get; } = operand;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NotCondition;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return NotKeyword;
        yield return Operand;
    }
}
