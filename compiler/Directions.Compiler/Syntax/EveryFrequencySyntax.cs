namespace Directions.Compiler.Syntax;

/// <summary>`every 4 weeks` or `at least every 4 weeks`.</summary>
public sealed partial class EveryFrequencySyntax(SyntaxToken? atKeyword, SyntaxToken? leastKeyword, SyntaxToken everyKeyword, DurationSyntax duration) : FrequencySyntax
{
    /// <summary>The keyword `at` of `at least`, if present.</summary>
    public SyntaxToken? AtKeyword { get; } = atKeyword;

    /// <summary>The keyword `least` of `at least`, if present.</summary>
    public SyntaxToken? LeastKeyword { get; } = leastKeyword;

    /// <summary>The keyword `every`.</summary>
    public SyntaxToken EveryKeyword { get; } = everyKeyword;

    /// <summary>The interval.</summary>
    public DurationSyntax Duration { get; } = duration;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EveryFrequency;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (AtKeyword is not null)
            yield return AtKeyword;
        if (LeastKeyword is not null)
            yield return LeastKeyword;
        yield return EveryKeyword;
        yield return Duration;
    }
}
