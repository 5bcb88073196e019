namespace Directions.Compiler.Syntax;

/// <summary>`event "CIN visit" means visits where kind is "CIN" and child_seen`.</summary>
public sealed partial class TableTermDefinitionSyntax(SyntaxToken kindKeyword, SyntaxToken name, SyntaxToken meansKeyword, FieldPathSyntax table, SyntaxToken? whereKeyword, ConditionSyntax? condition, SyntaxToken? datedKeyword, FieldPathSyntax? dateField, SyntaxToken? fullStop, SyntaxToken lineEnd) : TermDefinitionSyntax
{
    /// <summary>Event, record, period or subject.</summary>
    public override SyntaxToken KindKeyword { get; } = kindKeyword;

    /// <summary>The quoted term.</summary>
    public override SyntaxToken Name { get; } = name;

    /// <summary>The keyword `means`.</summary>
    public override SyntaxToken MeansKeyword { get; } = meansKeyword;

    /// <summary>The case-data table.</summary>
    public FieldPathSyntax Table { get; } = table;

    /// <summary>The keyword `where`, if present.</summary>
    public SyntaxToken? WhereKeyword { get; } = whereKeyword;

    /// <summary>The condition rows must meet, if any.</summary>
    public ConditionSyntax? Condition { get; } = condition;

    /// <summary>The keyword `dated`, if present.</summary>
    public SyntaxToken? DatedKeyword { get; } = datedKeyword;

    /// <summary>The field that dates each row, if not the table's usual one.</summary>
    public FieldPathSyntax? DateField { get; } = dateField;

    /// <summary>The full stop at the end of the line, if any.</summary>
    public override SyntaxToken? FullStop { get; } = fullStop;

    /// <summary>The line break (empty at the end of the file).</summary>
    public override SyntaxToken LineEnd { get; } = lineEnd;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.TableTermDefinition;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return KindKeyword;
        yield return Name;
        yield return MeansKeyword;
        yield return Table;
        if (WhereKeyword is not null)
            yield return WhereKeyword;
        if (Condition is not null)
            yield return Condition;
        if (DatedKeyword is not null)
            yield return DatedKeyword;
        if (DateField is not null)
            yield return DateField;
        if (FullStop is not null)
            yield return FullStop;
        yield return LineEnd;
    }
}
