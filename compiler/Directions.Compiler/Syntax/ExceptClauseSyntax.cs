namespace Directions.Compiler.Syntax;

/// <summary>`except long-term DCSS: max 8 weeks`: a different limit for a cohort.</summary>
public sealed partial class ExceptClauseSyntax(SyntaxToken exceptKeyword, TermSyntax cohort, SyntaxToken colon, RequirementBodySyntax body) : ClauseSyntax
{
    /// <summary>The keyword `except`.</summary>
    public SyntaxToken ExceptKeyword { get; } = exceptKeyword;

    /// <summary>The cohort term.</summary>
    public TermSyntax Cohort { get; } = cohort;

    /// <summary>The colon.</summary>
    public SyntaxToken Colon { get; } = colon;

    /// <summary>The limits that apply to the cohort.</summary>
    public RequirementBodySyntax Body { get; } = body;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ExceptClause;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return ExceptKeyword;
        yield return Cohort;
        yield return Colon;
        yield return Body;
    }
}
