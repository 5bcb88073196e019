namespace Directions.Compiler.Syntax;

/// <summary>A line of a rule.</summary>
public sealed partial class ClauseLineSyntax(ClauseSyntax clause, SyntaxToken? fullStop, SyntaxToken lineEnd) : LineSyntax
{
    /// <summary>What the line says.</summary>
    public ClauseSyntax Clause { get; } = clause;

    /// <summary>The full stop at the end of the line, if any.</summary>
    public override SyntaxToken? FullStop { get; } = fullStop;

    /// <summary>The line break (empty at the end of the file).</summary>
    public override SyntaxToken LineEnd { get; } = lineEnd;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ClauseLine;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Clause;
        if (FullStop is not null)
            yield return FullStop;
        yield return LineEnd;
    }
}
