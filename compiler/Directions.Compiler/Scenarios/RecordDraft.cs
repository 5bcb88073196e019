using System.Collections.Immutable;
using Directions.Compiler.Binding;
using Directions.Runtime.CaseData;
using NodaTime;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// A record a scenario line makes (a row of a child's table, the child, or a worker): what the line
/// said about its fields, the line it came from, and the conditions it must meet once made.
/// </summary>
internal sealed class RecordDraft(CaseTable table, string description, int line, int column)
{
    public CaseTable Table { get; } = table;

    /// <summary>"the CIN visit on 10 January 2025", "the child", "worker W1".</summary>
    public string Description { get; } = description;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The date that fills a required date field nobody gave, and a filled-in date field.</summary>
    public LocalDate Date { get; set; }

    public ImmutableDictionary<string, FieldConstraint> Fields { get; set; } = ImmutableDictionary<string, FieldConstraint>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Conditions the record must meet (or, with Want false, must not meet) on the as-of date, with the words and place that asked for it.</summary>
    public List<(BoundCondition Condition, bool Want, string Name, int Line, int Column)> Checks { get; } = [];

    /// <summary>The fields' values: what the scenario said, else a default for required fields; fills <paramref name="problems"/> when a value cannot be chosen.</summary>
    public Dictionary<string, object?> Values(string id, List<(int Line, int Column, string Message)> problems)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in Table.Fields)
        {
            if (field.IsComputed)
                continue;
            if (field.Name == "id")
            {
                values[field.Name] = Fields.TryGetValue("id", out var given) && given.Kind == FieldConstraintKind.Is ? given.Value : id;
                continue;
            }

            object? value = Fields.TryGetValue(field.Name, out var constraint)
                ? Choose(field, constraint, problems)
                : field.IsRequired ? Default(field, problems) : null;
            if (value is not null)
                values[field.Name] = value;
        }

        return values;
    }

    private object? Choose(CaseField field, FieldConstraint constraint, List<(int Line, int Column, string Message)> problems)
    {
        switch (constraint.Kind)
        {
            case FieldConstraintKind.Is:
                return Convert(field, constraint.Value!);
            case FieldConstraintKind.Empty:
                return field.Type == CaseFieldType.Flag ? false : field.IsRequired ? Default(field, problems) : null;
            case FieldConstraintKind.Filled:
                return Default(field, problems, filled: true);
            default:
                switch (field.Type)
                {
                    case CaseFieldType.Flag:
                        return !constraint.Excluded.Contains(true);
                    case CaseFieldType.Number:
                        return constraint.Excluded.OfType<decimal>().DefaultIfEmpty(0m).Max() + 1;
                    case CaseFieldType.Text:
                        var choice = "other";
                        for (var n = 2; constraint.Excluded.Any(x => FieldConstraint.Same(x, choice)); n++)
                            choice = $"other {n}";
                        return choice;
                    default:
                        return Default(field, problems, filled: true);
                }
        }
    }

    private object? Default(CaseField field, List<(int Line, int Column, string Message)> problems, bool filled = false)
    {
        switch (field.Type)
        {
            case CaseFieldType.Date:
                return Date;
            case CaseFieldType.DateTime:
                return new RecordedAt(Date);
            case CaseFieldType.Flag:
                return filled;
            case CaseFieldType.Number:
                return filled ? 1m : 0m;
            case CaseFieldType.Worker:
                problems.Add((Line, Column, $"{Description} needs a worker in '{field.Name}': say who, as in 'by W1'."));
                return null;
            default:
                return filled ? "recorded" : "unspecified";
        }
    }

    private static object Convert(CaseField field, object value) => (field.Type, value) switch
    {
        (CaseFieldType.DateTime, LocalDate date) => new RecordedAt(date),
        (CaseFieldType.Date, RecordedAt at) => at.Date,
        (CaseFieldType.Number, int n) => (decimal)n,
        _ => value,
    };
}
