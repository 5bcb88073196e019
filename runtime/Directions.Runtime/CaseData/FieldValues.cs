using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// The values read for one row, by field, before the row's record is made. The loader fills it
/// with values already of each field's .NET type and checks required fields are present, so the
/// getters below only cast.
/// </summary>
internal sealed class FieldValues
{
    private readonly CaseTable table;
    private readonly object?[] values;

    public FieldValues(CaseTable table)
    {
        this.table = table;
        values = new object?[table.Fields.Length];
    }

    public CaseTable Table => table;

    public object? this[int index]
    {
        get => values[index];
        set => values[index] = value;
    }

    public void Clear() => Array.Clear(values);

    private object? Get(string name)
    {
        var index = table.IndexOf(name);
        if (index < 0)
            throw new InvalidOperationException($"The table '{table.Name}' has no field '{name}'.");
        return values[index];
    }

    private object GetRequired(string name) =>
        Get(name) ?? throw new InvalidOperationException($"The required field '{table.Name}.{name}' has no value.");

    public string Text(string name) => (string)GetRequired(name);

    public string? OptionalText(string name) => (string?)Get(name);

    public LocalDate Date(string name) => (LocalDate)GetRequired(name);

    public LocalDate? OptionalDate(string name) => (LocalDate?)Get(name);

    public RecordedAt At(string name) => (RecordedAt)GetRequired(name);

    public RecordedAt? OptionalAt(string name) => (RecordedAt?)Get(name);

    public bool Flag(string name) => (bool)GetRequired(name);

    public bool? OptionalFlag(string name) => (bool?)Get(name);

    public decimal? OptionalNumber(string name) => (decimal?)Get(name);
}
