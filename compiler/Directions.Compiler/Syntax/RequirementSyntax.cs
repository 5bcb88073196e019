namespace Directions.Compiler.Syntax;

/// <summary>What must happen and when: `CIN visit every 4 weeks unless recorded rationale, max 6`.</summary>
public sealed partial class RequirementSyntax(TermSyntax subject, RequirementBodySyntax body) : SyntaxNode
{
    /// <summary>The event or record that must happen.</summary>
    public TermSyntax Subject { get; } = subject;

    /// <summary>The timing and allowances.</summary>
    public RequirementBodySyntax Body { get; } = body;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Requirement;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Subject;
        yield return Body;
    }
}
