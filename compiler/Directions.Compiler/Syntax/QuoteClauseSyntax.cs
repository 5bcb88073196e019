namespace Directions.Compiler.Syntax;

/// <summary>`quote "..."`: the policy's own words for the rule.</summary>
public sealed partial class QuoteClauseSyntax(SyntaxToken quoteKeyword, SyntaxToken text) : ClauseSyntax
{
    /// <summary>The keyword `quote`.</summary>
    public SyntaxToken QuoteKeyword { get; } = quoteKeyword;

    /// <summary>The quoted text.</summary>
    public SyntaxToken Text { get; } = text;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.QuoteClause;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return QuoteKeyword;
        yield return Text;
    }
}
