using System.Collections.Immutable;

namespace Directions.Compiler.Syntax;

/// <summary>A vocabulary term: its definition line and the `also` lines that give synonyms.</summary>
public sealed partial class TermDeclarationSyntax(TermDefinitionSyntax definition, ImmutableArray<AlsoLineSyntax> alsoLines) : SyntaxNode
{
    /// <summary>The line that says what the term means.</summary>
    public TermDefinitionSyntax Definition { get; } = definition;

    /// <summary>The lines of synonyms.</summary>
    public ImmutableArray<AlsoLineSyntax> AlsoLines { get; } = alsoLines;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.TermDeclaration;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Definition;
        foreach (var child in AlsoLines)
            yield return child;
    }
}
