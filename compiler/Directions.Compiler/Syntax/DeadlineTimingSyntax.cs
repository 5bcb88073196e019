namespace Directions.Compiler.Syntax;

/// <summary>A first deadline, optionally followed by a cadence: `within 1 month of CIN plan start, then every 3 months`.</summary>
public sealed partial class DeadlineTimingSyntax(DeadlineSyntax deadline, SyntaxToken? comma, SyntaxToken? thenKeyword, FrequencySyntax? frequency) : TimingSyntax
{
    /// <summary>The first deadline.</summary>
    public DeadlineSyntax Deadline { get; } = deadline;

    /// <summary>The comma before `then`, if present.</summary>
    public SyntaxToken? Comma { get; } = comma;

    /// <summary>The keyword `then`, if present.</summary>
    public SyntaxToken? ThenKeyword { get; } = thenKeyword;

    /// <summary>The cadence after the first deadline, if present.</summary>
    public FrequencySyntax? Frequency { get; } = frequency;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DeadlineTiming;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Deadline;
        if (Comma is not null)
            yield return Comma;
        if (ThenKeyword is not null)
            yield return ThenKeyword;
        if (Frequency is not null)
            yield return Frequency;
    }
}
