namespace Directions.Compiler.Syntax;

/// <summary>`cohort "long-term DCSS" means service_area is "DCSS" and open_for at least 12 months`.</summary>
public sealed partial class ConditionTermDefinitionSyntax(SyntaxToken kindKeyword, SyntaxToken name, SyntaxToken meansKeyword, ConditionSyntax condition, SyntaxToken? fullStop, SyntaxToken lineEnd) : TermDefinitionSyntax
{
    /// <summary>Cohort or role.</summary>
    public override SyntaxToken KindKeyword { get; } = kindKeyword;

    /// <summary>The quoted term.</summary>
    public override SyntaxToken Name { get; } = name;

    /// <summary>The keyword `means`.</summary>
    public override SyntaxToken MeansKeyword { get; } = meansKeyword;

    /// <summary>The condition on the child or worker.</summary>
    public ConditionSyntax Condition { get; } = condition;

    /// <summary>The full stop at the end of the line, if any.</summary>
    public override SyntaxToken? FullStop { get; } = fullStop;

    /// <summary>The line break (empty at the end of the file).</summary>
    public override SyntaxToken LineEnd { get; } = lineEnd;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ConditionTermDefinition;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return KindKeyword;
        yield return Name;
        yield return MeansKeyword;
        yield return Condition;
        if (FullStop is not null)
            yield return FullStop;
        yield return LineEnd;
    }
}
