namespace Directions.Compiler.Syntax;

/// <summary>A policy idiom: `4-weekly`, `4 weekly`, `fortnightly`, `six-monthly`.</summary>
public sealed partial class IdiomFrequencySyntax(SyntaxToken? atKeyword, SyntaxToken? leastKeyword, SyntaxToken? count, SyntaxToken idiom) : FrequencySyntax
{
    /// <summary>The keyword `at` of `at least`, if present.</summary>
    public SyntaxToken? AtKeyword { get; } = atKeyword;

    /// <summary>The keyword `least` of `at least`, if present.</summary>
    public SyntaxToken? LeastKeyword { get; } = leastKeyword;

    /// <summary>The number before the idiom, as in `4 weekly`, if present.</summary>
    public SyntaxToken? Count { get; } = count;

    /// <summary>The idiom word.</summary>
    public SyntaxToken Idiom { get; } = idiom;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IdiomFrequency;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (AtKeyword is not null)
            yield return AtKeyword;
        if (LeastKeyword is not null)
            yield return LeastKeyword;
        if (Count is not null)
            yield return Count;
        yield return Idiom;
    }
}
