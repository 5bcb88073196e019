namespace Directions.Compiler.Syntax;

/// <summary>`applies to long-term DCSS`: the cohorts a rule is limited to.</summary>
public sealed partial class AppliesToClauseSyntax(SyntaxToken appliesKeyword, SyntaxToken toKeyword, SeparatedSyntaxList<TermSyntax> cohorts) : ClauseSyntax
{
    /// <summary>The keyword `applies`.</summary>
    public SyntaxToken AppliesKeyword { get; } = appliesKeyword;

    /// <summary>The keyword `to`.</summary>
    public SyntaxToken ToKeyword { get; } = toKeyword;

    /// <summary>The cohort terms.</summary>
    public SeparatedSyntaxList<TermSyntax> Cohorts { get; } = cohorts;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.AppliesToClause;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return AppliesKeyword;
        yield return ToKeyword;
        foreach (var child in Cohorts.GetWithSeparators())
            yield return child;
    }
}
