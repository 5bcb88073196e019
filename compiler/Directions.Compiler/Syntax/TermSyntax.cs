using System.Collections.Immutable;

namespace Directions.Compiler.Syntax;

/// <summary>A term: words (`CIN visit`) or a quoted name, resolved against the vocabulary.</summary>
public sealed partial class TermSyntax(ImmutableArray<SyntaxToken> tokens) : SyntaxNode
{
    /// <summary>The words, or the single quoted name.</summary>
    public ImmutableArray<SyntaxToken> Tokens { get; } = tokens;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Term;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Tokens)
            yield return child;
    }
}
