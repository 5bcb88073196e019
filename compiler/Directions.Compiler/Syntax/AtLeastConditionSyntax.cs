namespace Directions.Compiler.Syntax;

/// <summary>`open_for at least 12 months`.</summary>
public sealed partial class AtLeastConditionSyntax(FieldPathSyntax field, SyntaxToken atKeyword, SyntaxToken leastKeyword, DurationSyntax duration) : ConditionSyntax
{
    /// <summary>The duration field.</summary>
    public FieldPathSyntax Field { get; } = field;

    /// <summary>The keyword `at`.</summary>
    public SyntaxToken AtKeyword { get; } = atKeyword;

    /// <summary>The keyword `least`.</summary>
    public SyntaxToken LeastKeyword { get; } = leastKeyword;

    /// <summary>The least duration.</summary>
    public DurationSyntax Duration { get; } = duration;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.AtLeastCondition;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Field;
        yield return AtKeyword;
        yield return LeastKeyword;
        yield return Duration;
    }
}
