namespace Directions.Compiler.Syntax;

/// <summary>`action "chaired" means chair`.</summary>
public sealed partial class ActionTermDefinitionSyntax(SyntaxToken kindKeyword, SyntaxToken name, SyntaxToken meansKeyword, FieldPathSyntax field, SyntaxToken? fullStop, SyntaxToken lineEnd) : TermDefinitionSyntax
{
    /// <summary>The keyword `action`.</summary>
    public override SyntaxToken KindKeyword { get; } = kindKeyword;

    /// <summary>The quoted term.</summary>
    public override SyntaxToken Name { get; } = name;

    /// <summary>The keyword `means`.</summary>
    public override SyntaxToken MeansKeyword { get; } = meansKeyword;

    /// <summary>The field of the event's table.</summary>
    public FieldPathSyntax Field { get; } = field;

    /// <summary>The full stop at the end of the line, if any.</summary>
    public override SyntaxToken? FullStop { get; } = fullStop;

    /// <summary>The line break (empty at the end of the file).</summary>
    public override SyntaxToken LineEnd { get; } = lineEnd;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ActionTermDefinition;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return KindKeyword;
        yield return Name;
        yield return MeansKeyword;
        yield return Field;
        if (FullStop is not null)
            yield return FullStop;
        yield return LineEnd;
    }
}
