namespace Directions.Compiler.Syntax;

/// <summary>The line `rule "Name"` that opens a rule.</summary>
public sealed partial class RuleLineSyntax(SyntaxToken ruleKeyword, SyntaxToken name, SyntaxToken? fullStop, SyntaxToken lineEnd) : LineSyntax
{
    /// <summary>The keyword `rule`.</summary>
    public SyntaxToken RuleKeyword { get; } = ruleKeyword;

    /// <summary>The quoted name.</summary>
    public SyntaxToken Name { get; } = name;

    /// <summary>The full stop at the end of the line, if any.</summary>
    public override SyntaxToken? FullStop { get; } = fullStop;

    /// <summary>The line break (empty at the end of the file).</summary>
    public override SyntaxToken LineEnd { get; } = lineEnd;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.RuleLine;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return RuleKeyword;
        yield return Name;
        if (FullStop is not null)
            yield return FullStop;
        yield return LineEnd;
    }
}
