namespace Directions.Compiler.Syntax;

/// <summary>`when CP plan ends: CIN plan by the same day, CIN review within 3 months`.</summary>
public sealed partial class WhenClauseSyntax(SyntaxToken whenKeyword, TermSyntax trigger, SyntaxToken colon, SeparatedSyntaxList<RequirementSyntax> requirements) : ClauseSyntax
{
    /// <summary>The keyword `when`.</summary>
    public SyntaxToken WhenKeyword { get; } = whenKeyword;

    /// <summary>The event or period boundary that starts the requirements.</summary>
    public TermSyntax Trigger { get; } = trigger;

    /// <summary>The colon.</summary>
    public SyntaxToken Colon { get; } = colon;

    /// <summary>What must follow the trigger.</summary>
    public SeparatedSyntaxList<RequirementSyntax> Requirements { get; } = requirements;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.WhenClause;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return WhenKeyword;
        yield return Trigger;
        yield return Colon;
        foreach (var child in Requirements.GetWithSeparators())
            yield return child;
    }
}
