using System.Collections.Immutable;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Binding;

/// <summary>
/// Binds the term declarations of every vocabulary in a compilation against the case-data schema:
/// tables, fields and value types are checked, and each name or synonym may mean only one thing.
/// </summary>
internal sealed class VocabularyBinder(CaseDataSchema schema, DiagnosticBag diagnostics)
{
    private readonly DurationBinder _durations = new(diagnostics);

    /// <summary>Binds the vocabularies; also returns each declaration's symbol, for the semantic model.</summary>
    public (VocabularySymbol Vocabulary, ImmutableDictionary<TermDeclarationSyntax, TermSymbol> ByDeclaration) Bind(IEnumerable<VocabularyDeclarationSyntax> vocabularies)
    {
        var terms = ImmutableArray.CreateBuilder<TermSymbol>();
        var byDeclaration = ImmutableDictionary.CreateBuilder<TermDeclarationSyntax, TermSymbol>();
        var seen = new Dictionary<string, TermSymbol>(StringComparer.Ordinal);
        foreach (var vocabulary in vocabularies)
        {
            foreach (var declaration in vocabulary.Members.OfType<TermDeclarationSyntax>())
            {
                var term = BindTerm(declaration);
                if (term is null)
                    continue;

                var names = new List<(string Name, Text.TextLocation Location)> { (term.Name, declaration.Definition.Name.Location) };
                names.AddRange(declaration.AlsoLines.SelectMany(a => a.Names).Select(n => (n.ValueText, n.Location)));
                var clash = false;
                foreach (var (name, location) in names)
                {
                    var key = VocabularySymbol.Normalize(name);
                    if (seen.TryGetValue(key, out var existing))
                    {
                        diagnostics.Report(BindingDiagnostics.DuplicateTerm, location, name, $"{existing.Location.Path} line {existing.Location.Start.Line + 1}");
                        clash |= ReferenceEquals(name, term.Name);
                    }
                    else
                    {
                        seen[key] = term;
                    }
                }

                if (clash)
                    continue;
                terms.Add(term);
                byDeclaration[declaration] = term;
            }
        }

        return (new VocabularySymbol(terms.ToImmutable()), byDeclaration.ToImmutable());
    }

    private TermSymbol? BindTerm(TermDeclarationSyntax declaration)
    {
        var definition = declaration.Definition;
        var name = definition.Name.ValueText.Trim();
        var synonyms = declaration.AlsoLines.SelectMany(a => a.Names).Select(n => n.ValueText.Trim()).ToImmutableArray();
        var kind = definition.KindKeyword.Kind switch
        {
            SyntaxKind.EventKeyword => TermKind.Event,
            SyntaxKind.RecordKeyword => TermKind.Record,
            SyntaxKind.PeriodKeyword => TermKind.Period,
            SyntaxKind.SubjectKeyword => TermKind.Subject,
            SyntaxKind.CohortKeyword => TermKind.Cohort,
            SyntaxKind.RoleKeyword => TermKind.Role,
            _ => TermKind.Action,
        };
        var location = definition.Name.Location;

        switch (definition)
        {
            case TableTermDefinitionSyntax table:
            {
                var tableName = PathText(table.Table);
                var tableSymbol = schema.FindTable(tableName);
                if (tableSymbol is null)
                {
                    diagnostics.Report(BindingDiagnostics.UnknownTable, table.Table.Location, tableName,
                        SpellingSuggester.DidYouMean(tableName, schema.Tables.Select(t => t.Name)));
                    return null;
                }

                if (kind is TermKind.Period or TermKind.Subject && !tableSymbol.HasPeriod)
                {
                    diagnostics.Report(BindingDiagnostics.NotAPeriodTable, table.Table.Location, tableSymbol.Name, name, kind.ToString().ToLowerInvariant());
                    return null;
                }

                var condition = table.Condition is null ? null : BindCondition(table.Condition, tableSymbol.Fields, $"The table '{tableSymbol.Name}'");
                if (table.Condition is not null && condition is null)
                    return null;

                var dateField = tableSymbol.FindField(tableSymbol.DateField);
                if (table.DateField is not null)
                {
                    dateField = Field(table.DateField, tableSymbol.Fields, $"The table '{tableSymbol.Name}'");
                    if (dateField is null)
                        return null;
                    if (!dateField.IsTemporal)
                    {
                        diagnostics.Report(BindingDiagnostics.FieldTypeMismatch, table.DateField.Location, $"'{dateField.Name}' is not a date, so it cannot date '{name}'. Choose a date field of '{tableSymbol.Name}'.");
                        return null;
                    }
                }

                return new TermSymbol(name, kind, synonyms, tableSymbol, condition, dateField, null, location);
            }

            case ConditionTermDefinitionSyntax conditionDefinition:
            {
                var (fields, owner) = kind == TermKind.Role ? (schema.WorkerFields, "A worker") : (schema.ChildFields, "A child");
                var condition = BindCondition(conditionDefinition.Condition, fields, owner);
                return condition is null ? null : new TermSymbol(name, kind, synonyms, null, condition, null, null, location);
            }

            case ActionTermDefinitionSyntax action:
            {
                var fieldName = PathText(action.Field);
                var field = schema.Tables.Select(t => t.FindField(fieldName)).FirstOrDefault(f => f is not null);
                if (field is null)
                {
                    diagnostics.Report(BindingDiagnostics.UnknownField, action.Field.Location, "The case data", fieldName,
                        SpellingSuggester.DidYouMean(fieldName, schema.Tables.SelectMany(t => t.Fields).Select(f => f.Name)));
                    return null;
                }

                return new TermSymbol(name, kind, synonyms, null, null, null, field, location);
            }

            default:
                return null;
        }
    }

    private static string PathText(FieldPathSyntax path) => string.Join('.', path.Parts.Select(p => p.Text));

    private FieldSymbol? Field(FieldPathSyntax path, ImmutableArray<FieldSymbol> fields, string owner)
    {
        var name = PathText(path);
        var field = fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        if (field is null)
            diagnostics.Report(BindingDiagnostics.UnknownField, path.Location, owner, name, SpellingSuggester.DidYouMean(name, fields.Select(f => f.Name)));
        return field;
    }

    private BoundCondition? BindCondition(ConditionSyntax syntax, ImmutableArray<FieldSymbol> fields, string owner)
    {
        switch (syntax)
        {
            case BinaryConditionSyntax binary:
            {
                var left = BindCondition(binary.Left, fields, owner);
                var right = BindCondition(binary.Right, fields, owner);
                return left is null || right is null ? null : new BoundBinaryCondition(left, binary.OperatorKeyword.Kind == SyntaxKind.AndKeyword, right);
            }

            case NotConditionSyntax not:
                return BindCondition(not.Operand, fields, owner) is { } operand ? new BoundNotCondition(operand) : null;

            case FlagConditionSyntax flag:
            {
                var field = Field(flag.Field, fields, owner);
                if (field is null)
                    return null;
                // A yes/no field on its own means yes; any other field means it is filled in.
                return new BoundFlagCondition(field);
            }

            case AtLeastConditionSyntax atLeast:
            {
                var field = Field(atLeast.Field, fields, owner);
                if (field is null)
                    return null;
                if (field.Type != FieldType.Duration)
                {
                    diagnostics.Report(BindingDiagnostics.FieldTypeMismatch, atLeast.Location, $"'{field.Name}' is not a length of time, so 'at least' cannot apply to it.");
                    return null;
                }

                var least = _durations.Bind(atLeast.Duration, null, allowZero: true);
                return least is null ? null : new BoundAtLeastCondition(field, least);
            }

            case ComparisonConditionSyntax comparison:
            {
                var field = Field(comparison.Field, fields, owner);
                if (field is null)
                    return null;
                var token = comparison.Value;
                object? value = (field.Type, token.Kind) switch
                {
                    (FieldType.Text or FieldType.Worker, SyntaxKind.StringToken) => token.ValueText,
                    (FieldType.Flag, SyntaxKind.YesKeyword) => true,
                    (FieldType.Flag, SyntaxKind.NoKeyword) => false,
                    (FieldType.Number, SyntaxKind.NumberToken or SyntaxKind.DecimalToken) =>
                        decimal.Parse(token.Text, System.Globalization.CultureInfo.InvariantCulture),
                    _ => null,
                };
                if (value is null)
                {
                    var expected = field.Type switch
                    {
                        FieldType.Flag => "yes or no",
                        FieldType.Number => "a number",
                        FieldType.Text or FieldType.Worker => "a text in double quotes",
                        _ => "nothing: dates and lengths of time are compared with 'at least'",
                    };
                    diagnostics.Report(BindingDiagnostics.FieldTypeMismatch, token.Location, $"'{field.Name}' can only be compared with {expected}, not with {token.Text}.");
                    return null;
                }

                return new BoundComparisonCondition(field, comparison.NotKeyword is not null, value);
            }

            default:
                return null;
        }
    }
}
