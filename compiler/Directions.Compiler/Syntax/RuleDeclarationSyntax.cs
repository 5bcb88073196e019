using System.Collections.Immutable;

namespace Directions.Compiler.Syntax;

/// <summary>A rule: its `rule "Name"` line and the clause lines under it.</summary>
public sealed partial class RuleDeclarationSyntax(RuleLineSyntax header, ImmutableArray<LineSyntax> lines) : SyntaxNode
{
    /// <summary>The `rule "Name"` line.</summary>
    public RuleLineSyntax Header { get; } = header;

    /// <summary>The clause lines, and any misplaced line.</summary>
    public ImmutableArray<LineSyntax> Lines { get; } = lines;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.RuleDeclaration;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Header;
        foreach (var child in Lines)
            yield return child;
    }
}
