namespace Directions.Compiler.Syntax;

/// <summary>`within 12 weeks of involvement start`, or `within 3 months` after a trigger.</summary>
public sealed partial class WithinDeadlineSyntax(SyntaxToken withinKeyword, DurationSyntax duration, SyntaxToken? ofKeyword, TermSyntax? anchor) : DeadlineSyntax
{
    /// <summary>The keyword `within`.</summary>
    public SyntaxToken WithinKeyword { get; } = withinKeyword;

    /// <summary>The time allowed.</summary>
    public DurationSyntax Duration { get; } = duration;

    /// <summary>The keyword `of`, if present.</summary>
    public SyntaxToken? OfKeyword { get; } = ofKeyword;

    /// <summary>What the time counts from, if given.</summary>
    public TermSyntax? Anchor { get; } = anchor;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.WithinDeadline;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return WithinKeyword;
        yield return Duration;
        if (OfKeyword is not null)
            yield return OfKeyword;
        if (Anchor is not null)
            yield return Anchor;
    }
}
