using System.Collections.Immutable;

namespace Directions.Compiler.Syntax;

/// <summary>A vocabulary: its `vocabulary "Title"` line and term declarations.</summary>
public sealed partial class VocabularyDeclarationSyntax(VocabularyLineSyntax header, ImmutableArray<SyntaxNode> members) : DeclarationSyntax
{
    /// <summary>The `vocabulary "Title"` line.</summary>
    public VocabularyLineSyntax Header { get; } = header;

    /// <summary>Term declarations, in order, and any misplaced line.</summary>
    public ImmutableArray<SyntaxNode> Members { get; } = members;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VocabularyDeclaration;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Header;
        foreach (var child in Members)
            yield return child;
    }
}
