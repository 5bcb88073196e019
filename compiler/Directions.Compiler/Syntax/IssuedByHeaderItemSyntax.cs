namespace Directions.Compiler.Syntax;

/// <summary>`issued by "Bristol City Council"`.</summary>
public sealed partial class IssuedByHeaderItemSyntax(SyntaxToken issuedKeyword, SyntaxToken byKeyword, SyntaxToken @value) : HeaderItemSyntax
{
    /// <summary>The keyword `issued`.</summary>
    public SyntaxToken IssuedKeyword { get; } = issuedKeyword;

    /// <summary>The keyword `by`.</summary>
    public SyntaxToken ByKeyword { get; } = byKeyword;

    /// <summary>The quoted issuing body.</summary>
    public SyntaxToken Value { get; } = @value;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IssuedByHeaderItem;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return IssuedKeyword;
        yield return ByKeyword;
        yield return Value;
    }
}
