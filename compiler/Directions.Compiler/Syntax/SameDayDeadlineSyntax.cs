namespace Directions.Compiler.Syntax;

/// <summary>`by the same day`.</summary>
public sealed partial class SameDayDeadlineSyntax(SyntaxToken byKeyword, SyntaxToken theKeyword, SyntaxToken sameKeyword, SyntaxToken dayKeyword) : DeadlineSyntax
{
    /// <summary>The keyword `by`.</summary>
    public SyntaxToken ByKeyword { get; } = byKeyword;

    /// <summary>The word `the`.</summary>
    public SyntaxToken TheKeyword { get; } = theKeyword;

    /// <summary>The word `same`.</summary>
    public SyntaxToken SameKeyword { get; } = sameKeyword;

    /// <summary>The word `day`.</summary>
    public SyntaxToken DayKeyword { get; } = dayKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SameDayDeadline;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return ByKeyword;
        yield return TheKeyword;
        yield return SameKeyword;
        yield return DayKeyword;
    }
}
