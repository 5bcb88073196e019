namespace Directions.Compiler.Syntax;

/// <summary>`before pre-proceedings start`.</summary>
public sealed partial class BeforeDeadlineSyntax(SyntaxToken beforeKeyword, TermSyntax anchor) : DeadlineSyntax
{
    /// <summary>The keyword `before`.</summary>
    public SyntaxToken BeforeKeyword { get; } = beforeKeyword;

    /// <summary>What it must come before.</summary>
    public TermSyntax Anchor { get; } = anchor;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BeforeDeadline;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return BeforeKeyword;
        yield return Anchor;
    }
}
