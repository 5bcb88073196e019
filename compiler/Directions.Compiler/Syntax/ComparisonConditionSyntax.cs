namespace Directions.Compiler.Syntax;

/// <summary>`kind is "CIN"` or `kind is not "CIN"`.</summary>
public sealed partial class ComparisonConditionSyntax(FieldPathSyntax field, SyntaxToken isKeyword, SyntaxToken? notKeyword, SyntaxToken @value) : ConditionSyntax
{
    /// <summary>The field.</summary>
    public FieldPathSyntax Field { get; } = field;

    /// <summary>The keyword `is`.</summary>
    public SyntaxToken IsKeyword { get; } = isKeyword;

    /// <summary>The keyword `not`, if present.</summary>
    public SyntaxToken? NotKeyword { get; } = notKeyword;

    /// <summary>The value compared with.</summary>
    public SyntaxToken Value { get; } = @value;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ComparisonCondition;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Field;
        yield return IsKeyword;
        if (NotKeyword is not null)
            yield return NotKeyword;
        yield return Value;
    }
}
