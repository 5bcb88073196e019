namespace Directions.Compiler.Syntax;

/// <summary>`version 2021.1`.</summary>
public sealed partial class VersionHeaderItemSyntax(SyntaxToken versionKeyword, SyntaxToken @value) : HeaderItemSyntax
{
    /// <summary>The keyword `version`.</summary>
    public SyntaxToken VersionKeyword { get; } = versionKeyword;

    /// <summary>The version: a decimal, a whole number or a quoted text.</summary>
    public SyntaxToken Value { get; } = @value;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VersionHeaderItem;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return VersionKeyword;
        yield return Value;
    }
}
