namespace Directions.Compiler.Syntax;

/// <summary>A cadence: `every 4 weeks`, `4-weekly`.</summary>
public sealed partial class CadenceTimingSyntax(FrequencySyntax frequency) : TimingSyntax
{
    /// <summary>The frequency.</summary>
    public FrequencySyntax Frequency { get; } = frequency;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.CadenceTiming;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Frequency;
    }
}
