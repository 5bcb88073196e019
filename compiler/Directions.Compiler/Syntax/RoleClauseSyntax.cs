namespace Directions.Compiler.Syntax;

/// <summary>`chaired by qualified social worker` or `CIN review chaired by qualified social worker`.</summary>
public sealed partial class RoleClauseSyntax(TermSyntax subject, SyntaxToken byKeyword, TermSyntax role) : ClauseSyntax
{
    /// <summary>The action, optionally preceded by the event it applies to.</summary>
    public TermSyntax Subject { get; } = subject;

    /// <summary>The keyword `by`.</summary>
    public SyntaxToken ByKeyword { get; } = byKeyword;

    /// <summary>The role term.</summary>
    public TermSyntax Role { get; } = role;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.RoleClause;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Subject;
        yield return ByKeyword;
        yield return Role;
    }
}
