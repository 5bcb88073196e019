namespace Directions.Compiler.Syntax;

/// <summary>`service areas "DCSS", "First Assessment Service"`.</summary>
public sealed partial class ServiceAreasHeaderItemSyntax(SyntaxToken serviceKeyword, SyntaxToken areasKeyword, SeparatedSyntaxList<SyntaxToken> areas) : HeaderItemSyntax
{
    /// <summary>The keyword `service`.</summary>
    public SyntaxToken ServiceKeyword { get; } = serviceKeyword;

    /// <summary>The keyword `areas`.</summary>
    public SyntaxToken AreasKeyword { get; } = areasKeyword;

    /// <summary>The quoted service areas.</summary>
    public SeparatedSyntaxList<SyntaxToken> Areas { get; } = areas;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ServiceAreasHeaderItem;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return ServiceKeyword;
        yield return AreasKeyword;
        foreach (var child in Areas.GetWithSeparators())
            yield return child;
    }
}
