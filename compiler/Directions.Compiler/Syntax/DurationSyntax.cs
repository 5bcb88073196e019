namespace Directions.Compiler.Syntax;

/// <summary>A number and a unit: `4 weeks`, `twenty working days`, or a bare number after `max`.</summary>
public sealed partial class DurationSyntax(SyntaxToken? count, UnitSyntax? unit) : SyntaxNode
{
    /// <summary>The number, in digits or as a word; absent in "every month", which means one.</summary>
    public SyntaxToken? Count { get; } = count;

    /// <summary>The unit, if present.</summary>
    public UnitSyntax? Unit { get; } = unit;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Duration;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Count is not null)
            yield return Count;
        if (Unit is not null)
            yield return Unit;
    }
}
