namespace Directions.Compiler.Syntax;

/// <summary>`id "bristol-cin"`: the identity shared by all versions of a direction.</summary>
public sealed partial class IdHeaderItemSyntax(SyntaxToken idKeyword, SyntaxToken @value) : HeaderItemSyntax
{
    /// <summary>The keyword `id`.</summary>
    public SyntaxToken IdKeyword { get; } = idKeyword;

    /// <summary>The quoted id.</summary>
    public SyntaxToken Value { get; } = @value;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IdHeaderItem;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return IdKeyword;
        yield return Value;
    }
}
