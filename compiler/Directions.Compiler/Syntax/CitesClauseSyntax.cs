namespace Directions.Compiler.Syntax;

/// <summary>`cites "S000-07", "Agreed actions, bullet 4"`: where in the policy the rule comes from.</summary>
public sealed partial class CitesClauseSyntax(SyntaxToken citesKeyword, SeparatedSyntaxList<SyntaxToken> citations) : ClauseSyntax
{
    /// <summary>The keyword `cites`.</summary>
    public SyntaxToken CitesKeyword { get; } = citesKeyword;

    /// <summary>The quoted citations.</summary>
    public SeparatedSyntaxList<SyntaxToken> Citations { get; } = citations;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.CitesClause;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return CitesKeyword;
        foreach (var child in Citations.GetWithSeparators())
            yield return child;
    }
}
