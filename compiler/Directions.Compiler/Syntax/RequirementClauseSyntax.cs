namespace Directions.Compiler.Syntax;

/// <summary>A requirement on a line of its own.</summary>
public sealed partial class RequirementClauseSyntax(RequirementSyntax requirement) : ClauseSyntax
{
    /// <summary>The requirement.</summary>
    public RequirementSyntax Requirement { get; } = requirement;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.RequirementClause;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Requirement;
    }
}
