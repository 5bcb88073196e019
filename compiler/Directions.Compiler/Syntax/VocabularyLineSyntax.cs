namespace Directions.Compiler.Syntax;

/// <summary>The line `vocabulary "Title"` that opens a vocabulary.</summary>
public sealed partial class VocabularyLineSyntax(SyntaxToken vocabularyKeyword, SyntaxToken title, SyntaxToken? fullStop, SyntaxToken lineEnd) : LineSyntax
{
    /// <summary>The keyword `vocabulary`.</summary>
    public SyntaxToken VocabularyKeyword { get; } = vocabularyKeyword;

    /// <summary>The quoted title.</summary>
    public SyntaxToken Title { get; } = title;

    /// <summary>The full stop at the end of the line, if any.</summary>
    public override SyntaxToken? FullStop { get; } = fullStop;

    /// <summary>The line break (empty at the end of the file).</summary>
    public override SyntaxToken LineEnd { get; } = lineEnd;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VocabularyLine;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return VocabularyKeyword;
        yield return Title;
        if (FullStop is not null)
            yield return FullStop;
        yield return LineEnd;
    }
}
