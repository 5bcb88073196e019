using System.Collections.Immutable;

namespace Directions.Compiler.Syntax;

/// <summary>A direction: its `direction "Title"` line, header lines and rules.</summary>
public sealed partial class DirectionDeclarationSyntax(DirectionLineSyntax header, ImmutableArray<SyntaxNode> members) : DeclarationSyntax
{
    /// <summary>The `direction "Title"` line.</summary>
    public DirectionLineSyntax Header { get; } = header;

    /// <summary>Header lines and rules, in order, and any misplaced line.</summary>
    public ImmutableArray<SyntaxNode> Members { get; } = members;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectionDeclaration;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Header;
        foreach (var child in Members)
            yield return child;
    }
}
