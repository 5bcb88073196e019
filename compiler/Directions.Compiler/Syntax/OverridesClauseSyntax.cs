namespace Directions.Compiler.Syntax;

/// <summary>
/// `overrides "Rule name"` or `overrides "Rule name" in "direction-id"`: where one policy document
/// sets two limits for the same thing, this rule's is the one enforced; the named rule stays for
/// the record but is not checked.
/// </summary>
public sealed partial class OverridesClauseSyntax(SyntaxToken overridesKeyword, SyntaxToken ruleName, SyntaxToken? inKeyword, SyntaxToken? directionId) : ClauseSyntax
{
    /// <summary>The keyword `overrides`.</summary>
    public SyntaxToken OverridesKeyword { get; } = overridesKeyword;

    /// <summary>The quoted name of the rule overridden.</summary>
    public SyntaxToken RuleName { get; } = ruleName;

    /// <summary>The keyword `in`, when the rule is in another direction.</summary>
    public SyntaxToken? InKeyword { get; } = inKeyword;

    /// <summary>The quoted id of the direction that holds the rule, or null for this direction.</summary>
    public SyntaxToken? DirectionId { get; } = directionId;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OverridesClause;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return OverridesKeyword;
        yield return RuleName;
        if (InKeyword is not null)
            yield return InKeyword;
        if (DirectionId is not null)
            yield return DirectionId;
    }
}
