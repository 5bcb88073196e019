namespace Directions.Compiler.Syntax;

/// <summary>The line `direction "Title"` that opens a direction.</summary>
public sealed partial class DirectionLineSyntax(SyntaxToken directionKeyword, SyntaxToken title, SyntaxToken? fullStop, SyntaxToken lineEnd) : LineSyntax
{
    /// <summary>The keyword `direction`.</summary>
    public SyntaxToken DirectionKeyword { get; } = directionKeyword;

    /// <summary>The quoted title.</summary>
    public SyntaxToken Title { get; } = title;

    /// <summary>The full stop at the end of the line, if any.</summary>
    public override SyntaxToken? FullStop { get; } = fullStop;

    /// <summary>The line break (empty at the end of the file).</summary>
    public override SyntaxToken LineEnd { get; } = lineEnd;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectionLine;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return DirectionKeyword;
        yield return Title;
        if (FullStop is not null)
            yield return FullStop;
        yield return LineEnd;
    }
}
