namespace Directions.Compiler.Syntax;

/// <summary>`max 6 weeks`: the outer bound that holds even with a recorded reason.</summary>
public sealed partial class MaxAllowanceSyntax(SyntaxToken? comma, SyntaxToken maxKeyword, DurationSyntax duration) : AllowanceSyntax
{
    /// <summary>A comma before `max`, if present.</summary>
    public SyntaxToken? Comma { get; } = comma;

    /// <summary>The keyword `max`.</summary>
    public SyntaxToken MaxKeyword { get; } = maxKeyword;

    /// <summary>The bound.</summary>
    public DurationSyntax Duration { get; } = duration;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.MaxAllowance;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Comma is not null)
            yield return Comma;
        yield return MaxKeyword;
        yield return Duration;
    }
}
