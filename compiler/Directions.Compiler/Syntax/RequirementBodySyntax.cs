using System.Collections.Immutable;

namespace Directions.Compiler.Syntax;

/// <summary>The timing of a requirement and what may stretch it.</summary>
public sealed partial class RequirementBodySyntax(SyntaxToken? recordedKeyword, TimingSyntax? timing, ImmutableArray<AllowanceSyntax> allowances) : SyntaxNode
{
    /// <summary>The keyword `recorded`, if present.</summary>
    public SyntaxToken? RecordedKeyword { get; } = recordedKeyword;

    /// <summary>The cadence or deadline, if any.</summary>
    public TimingSyntax? Timing { get; } = timing;

    /// <summary>`unless recorded ...` and `max ...`.</summary>
    public ImmutableArray<AllowanceSyntax> Allowances { get; } = allowances;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.RequirementBody;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (RecordedKeyword is not null)
            yield return RecordedKeyword;
        if (Timing is not null)
            yield return Timing;
        foreach (var child in Allowances)
            yield return child;
    }
}
