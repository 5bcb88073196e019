using System.Collections.Immutable;
using Directions.Compiler.Binding;
using Directions.Compiler.Text;

namespace Directions.Compiler.Symbols;

/// <summary>
/// A vocabulary term ("CIN visit") and what it maps to in the case data: a table with an optional
/// condition for events, records, periods and subjects; a condition for cohorts and roles; a field for actions.
/// </summary>
public sealed record TermSymbol(
    string Name,
    TermKind Kind,
    ImmutableArray<string> Synonyms,
    TableSymbol? Table,
    BoundCondition? Condition,
    FieldSymbol? DateField,
    FieldSymbol? Field,
    TextLocation Location)
{
    /// <summary>A plain-English account of what the term maps to, for hover and reports.</summary>
    public string Describe()
    {
        var kind = Kind.ToString().ToLowerInvariant();
        return Kind switch
        {
            TermKind.Event or TermKind.Record => $"'{Name}' is {(Kind == TermKind.Event ? "an event" : "a record")}: rows of {Table?.Name}{Where()}, dated by {DateField?.Name}.",
            TermKind.Period or TermKind.Subject => $"'{Name}' is a {kind}: rows of {Table?.Name}{Where()}, from {Table?.StartField} to {Table?.EndField}.",
            TermKind.Cohort => $"'{Name}' is a cohort: children for whom {Condition}.",
            TermKind.Role => $"'{Name}' is a role: workers for whom {Condition}.",
            _ => $"'{Name}' is an action: the field {Field?.Name} of the event it follows.",
        };
    }

    private string Where() => Condition is null ? string.Empty : $" where {Condition}";
}
