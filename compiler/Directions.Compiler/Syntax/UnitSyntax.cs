namespace Directions.Compiler.Syntax;

/// <summary>A unit: `weeks`, `working days`, `calendar months`.</summary>
public sealed partial class UnitSyntax(SyntaxToken? qualifier, SyntaxToken unitKeyword) : SyntaxNode
{
    /// <summary>`working` or `calendar`, if present.</summary>
    public SyntaxToken? Qualifier { get; } = qualifier;

    /// <summary>Hours, days, weeks, months or years.</summary>
    public SyntaxToken UnitKeyword { get; } = unitKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Unit;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Qualifier is not null)
            yield return Qualifier;
        yield return UnitKeyword;
    }
}
