namespace Directions.Compiler.Syntax;

/// <summary>A field or table name, possibly dotted: `visits`, `team.service_area`.</summary>
public sealed partial class FieldPathSyntax(SeparatedSyntaxList<SyntaxToken> parts) : SyntaxNode
{
    /// <summary>The names.</summary>
    public SeparatedSyntaxList<SyntaxToken> Parts { get; } = parts;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FieldPath;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Parts.GetWithSeparators())
            yield return child;
    }
}
