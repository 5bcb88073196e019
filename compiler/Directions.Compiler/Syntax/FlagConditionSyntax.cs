namespace Directions.Compiler.Syntax;

/// <summary>A yes/no field on its own: `child_seen`.</summary>
public sealed partial class FlagConditionSyntax(FieldPathSyntax field) : ConditionSyntax
{
    /// <summary>The field.</summary>
    public FieldPathSyntax Field { get; } = field;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FlagCondition;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Field;
    }
}
