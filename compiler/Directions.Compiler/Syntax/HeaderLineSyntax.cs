namespace Directions.Compiler.Syntax;

/// <summary>A line of a direction header: one or more items separated by commas.</summary>
public sealed partial class HeaderLineSyntax(SeparatedSyntaxList<HeaderItemSyntax> items, SyntaxToken? fullStop, SyntaxToken lineEnd) : LineSyntax
{
    /// <summary>The items.</summary>
    public SeparatedSyntaxList<HeaderItemSyntax> Items { get; } = items;

    /// <summary>The full stop at the end of the line, if any.</summary>
    public override SyntaxToken? FullStop { get; } = fullStop;

    /// <summary>The line break (empty at the end of the file).</summary>
    public override SyntaxToken LineEnd { get; } = lineEnd;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.HeaderLine;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Items.GetWithSeparators())
            yield return child;
        if (FullStop is not null)
            yield return FullStop;
        yield return LineEnd;
    }
}
