namespace Directions.Compiler.Syntax;

/// <summary>`supersedes "bristol-cin" version 2020.1`.</summary>
public sealed partial class SupersedesHeaderItemSyntax(SyntaxToken supersedesKeyword, SyntaxToken directionId, SyntaxToken versionKeyword, SyntaxToken version) : HeaderItemSyntax
{
    /// <summary>The keyword `supersedes`.</summary>
    public SyntaxToken SupersedesKeyword { get; } = supersedesKeyword;

    /// <summary>The quoted id of the direction it replaces.</summary>
    public SyntaxToken DirectionId { get; } = directionId;

    /// <summary>The keyword `version`.</summary>
    public SyntaxToken VersionKeyword { get; } = versionKeyword;

    /// <summary>The version it replaces.</summary>
    public SyntaxToken Version { get; } = version;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SupersedesHeaderItem;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return SupersedesKeyword;
        yield return DirectionId;
        yield return VersionKeyword;
        yield return Version;
    }
}
