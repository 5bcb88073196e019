namespace Directions.Compiler.Syntax;

/// <summary>`effective from 2021-09-01 until 2025-03-31`.</summary>
public sealed partial class EffectiveHeaderItemSyntax(SyntaxToken effectiveKeyword, SyntaxToken fromKeyword, SyntaxToken fromDate, SyntaxToken? untilKeyword, SyntaxToken? untilDate) : HeaderItemSyntax
{
    /// <summary>The keyword `effective`.</summary>
    public SyntaxToken EffectiveKeyword { get; } = effectiveKeyword;

    /// <summary>The keyword `from`.</summary>
    public SyntaxToken FromKeyword { get; } = fromKeyword;

    /// <summary>The first day in force.</summary>
    public SyntaxToken FromDate { get; } = fromDate;

    /// <summary>The keyword `until`, if present.</summary>
    public SyntaxToken? UntilKeyword { get; } = untilKeyword;

    /// <summary>The last day in force, if present.</summary>
    public SyntaxToken? UntilDate { get; } = untilDate;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EffectiveHeaderItem;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return EffectiveKeyword;
        yield return FromKeyword;
        yield return FromDate;
        if (UntilKeyword is not null)
            yield return UntilKeyword;
        if (UntilDate is not null)
            yield return UntilDate;
    }
}
