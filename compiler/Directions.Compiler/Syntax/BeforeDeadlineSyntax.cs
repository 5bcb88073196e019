namespace Directions.Compiler.Syntax;

/// <summary>
/// `before pre-proceedings start`, `at least 3 days before ICPC` (a lead time), `within 2 weeks
/// before transfer` (a window), and `before each CLA review` (one for every occurrence of the anchor).
/// </summary>
public sealed partial class BeforeDeadlineSyntax(
    SyntaxToken? atKeyword, SyntaxToken? leastKeyword, SyntaxToken? withinKeyword, DurationSyntax? duration,
    SyntaxToken beforeKeyword, SyntaxToken? eachKeyword, TermSyntax anchor) : DeadlineSyntax
{
    /// <summary>`at` of `at least 3 days before`, or null.</summary>
    public SyntaxToken? AtKeyword { get; } = atKeyword;

    /// <summary>`least` of `at least 3 days before`, or null.</summary>
    public SyntaxToken? LeastKeyword { get; } = leastKeyword;

    /// <summary>`within` of `within 2 weeks before`, or null.</summary>
    public SyntaxToken? WithinKeyword { get; } = withinKeyword;

    /// <summary>The lead time (after `at least`) or the window (after `within`), or null.</summary>
    public DurationSyntax? Duration { get; } = duration;

    /// <summary>The keyword `before`.</summary>
    public SyntaxToken BeforeKeyword { get; } = beforeKeyword;

    /// <summary>The keyword `each`, or null.</summary>
    public SyntaxToken? EachKeyword { get; } = eachKeyword;

    /// <summary>What it must come before.</summary>
    public TermSyntax Anchor { get; } = anchor;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BeforeDeadline;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (AtKeyword is not null)
            yield return AtKeyword;
        if (LeastKeyword is not null)
            yield return LeastKeyword;
        if (WithinKeyword is not null)
            yield return WithinKeyword;
        if (Duration is not null)
            yield return Duration;
        yield return BeforeKeyword;
        if (EachKeyword is not null)
            yield return EachKeyword;
        yield return Anchor;
    }
}
