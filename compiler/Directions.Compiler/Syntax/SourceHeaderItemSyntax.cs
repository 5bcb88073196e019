namespace Directions.Compiler.Syntax;

/// <summary>`source "document"`: the policy document the direction encodes.</summary>
public sealed partial class SourceHeaderItemSyntax(SyntaxToken sourceKeyword, SyntaxToken @value) : HeaderItemSyntax
{
    /// <summary>The keyword `source`.</summary>
    public SyntaxToken SourceKeyword { get; } = sourceKeyword;

    /// <summary>The quoted document name.</summary>
    public SyntaxToken Value { get; } = @value;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SourceHeaderItem;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return SourceKeyword;
        yield return Value;
    }
}
