using System.Collections.Immutable;

namespace Directions.Compiler.Syntax;

/// <summary>A whole .pd file: its directions and vocabularies, in order.</summary>
public sealed partial class CompilationUnitSyntax(ImmutableArray<SyntaxNode> members, SyntaxToken endOfFile) : SyntaxNode
{
    /// <summary>The declarations, and any line that stands before the first declaration.</summary>
    public ImmutableArray<SyntaxNode> Members { get; } = members;

    /// <summary>The end of the file, which carries the trivia after the last line.</summary>
    public SyntaxToken EndOfFile { get; } = endOfFile;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.CompilationUnit;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Members)
            yield return child;
        yield return EndOfFile;
    }
}
