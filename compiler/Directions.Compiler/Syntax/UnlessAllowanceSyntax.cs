namespace Directions.Compiler.Syntax;

/// <summary>`unless recorded rationale`: a longer gap is allowed while such a record is in force.</summary>
public sealed partial class UnlessAllowanceSyntax(SyntaxToken? comma, SyntaxToken unlessKeyword, SyntaxToken? recordedKeyword, TermSyntax record) : AllowanceSyntax
{
    /// <summary>A comma before `unless`, if present.</summary>
    public SyntaxToken? Comma { get; } = comma;

    /// <summary>The keyword `unless`.</summary>
    public SyntaxToken UnlessKeyword { get; } = unlessKeyword;

    /// <summary>The keyword `recorded`, if present.</summary>
    public SyntaxToken? RecordedKeyword { get; } = recordedKeyword;

    /// <summary>The record term.</summary>
    public TermSyntax Record { get; } = record;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnlessAllowance;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Comma is not null)
            yield return Comma;
        yield return UnlessKeyword;
        if (RecordedKeyword is not null)
            yield return RecordedKeyword;
        yield return Record;
    }
}
