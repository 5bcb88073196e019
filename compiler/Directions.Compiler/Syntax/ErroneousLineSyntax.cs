using System.Collections.Immutable;

namespace Directions.Compiler.Syntax;

/// <summary>A line that could not be parsed; its tokens are kept so no text is lost.</summary>
public sealed partial class ErroneousLineSyntax(ImmutableArray<SyntaxToken> tokens, SyntaxToken? fullStop, SyntaxToken lineEnd) : LineSyntax
{
    /// <summary>The tokens of the line.</summary>
    public ImmutableArray<SyntaxToken> Tokens { get; } = tokens;

    /// <summary>The full stop at the end of the line, if any.</summary>
    public override SyntaxToken? FullStop { get; } = fullStop;

    /// <summary>The line break (empty at the end of the file).</summary>
    public override SyntaxToken LineEnd { get; } = lineEnd;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ErroneousLine;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Tokens)
            yield return child;
        if (FullStop is not null)
            yield return FullStop;
        yield return LineEnd;
    }
}
