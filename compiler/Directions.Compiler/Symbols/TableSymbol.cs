using System.Collections.Immutable;

namespace Directions.Compiler.Symbols;

/// <summary>
/// A table of the case-data model (after the Standard Safeguarding Dataset): rows per child,
/// such as visits or CIN plans. A table has a date that dates its rows as events, and, for
/// tables of episodes and plans, a start and an end that make its rows periods.
/// </summary>
public sealed record TableSymbol(
    string Name,
    string Description,
    string DateField,
    string? StartField,
    string? EndField,
    ImmutableArray<FieldSymbol> Fields)
{
    /// <summary>True when rows have a start and an end, so the table can back a period term.</summary>
    public bool HasPeriod => StartField is not null && EndField is not null;

    /// <summary>Finds a field by name (case-insensitive).</summary>
    public FieldSymbol? FindField(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
