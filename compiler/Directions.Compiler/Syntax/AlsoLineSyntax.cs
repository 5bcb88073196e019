namespace Directions.Compiler.Syntax;

/// <summary>A line `also "synonym", ...` under a term declaration.</summary>
public sealed partial class AlsoLineSyntax(SyntaxToken alsoKeyword, SeparatedSyntaxList<SyntaxToken> names, SyntaxToken? fullStop, SyntaxToken lineEnd) : LineSyntax
{
    /// <summary>The keyword `also`.</summary>
    public SyntaxToken AlsoKeyword { get; } = alsoKeyword;

    /// <summary>The quoted synonyms.</summary>
    public SeparatedSyntaxList<SyntaxToken> Names { get; } = names;

    /// <summary>The full stop at the end of the line, if any.</summary>
    public override SyntaxToken? FullStop { get; } = fullStop;

    /// <summary>The line break (empty at the end of the file).</summary>
    public override SyntaxToken LineEnd { get; } = lineEnd;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.AlsoLine;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return AlsoKeyword;
        foreach (var child in Names.GetWithSeparators())
            yield return child;
        if (FullStop is not null)
            yield return FullStop;
        yield return LineEnd;
    }
}
