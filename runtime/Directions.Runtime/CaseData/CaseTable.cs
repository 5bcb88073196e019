using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Directions.Runtime.CaseData;

/// <summary>
/// A table of the case-data model: its snake_case name (as in the canonical JSON and the
/// compiler's case-data schema), its fields, and the fields that date its rows and make them
/// periods. Tables of a child's records (<see cref="IsChildTable"/>) also give a child's rows.
/// </summary>
public sealed class CaseTable
{
    private readonly FrozenDictionary<string, CaseField> byName;
    private readonly FrozenDictionary<string, int> indexByName;
    private readonly byte[][] utf8Names;
    private readonly Func<FieldValues, ICaseRecord> create;
    private readonly Func<Child, IReadOnlyList<ICaseRecord>>? rows;
    private readonly Func<Child, IReadOnlyList<ICaseRecord>, Child>? withRows;

    private CaseTable(
        string name, Type recordType, string description, string? dateField, string? startField, string? endField,
        ImmutableArray<CaseField> fields, Func<FieldValues, ICaseRecord> create,
        Func<Child, IReadOnlyList<ICaseRecord>>? rows, Func<Child, IReadOnlyList<ICaseRecord>, Child>? withRows)
    {
        Name = name;
        RecordType = recordType;
        Description = description;
        DateField = dateField;
        StartField = startField;
        EndField = endField;
        Fields = fields;
        byName = fields.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
        indexByName = fields.Select((f, i) => (f.Name, i)).ToFrozenDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        utf8Names = fields.Select(f => System.Text.Encoding.UTF8.GetBytes(f.Name)).ToArray();
        this.create = create;
        this.rows = rows;
        this.withRows = withRows;
    }

    /// <summary>The table's name: <c>children</c>, <c>workers</c>, <c>teams</c>, or a child's table such as <c>visits</c>.</summary>
    public string Name { get; }

    /// <summary>The record type of its rows, e.g. <see cref="Visit"/>.</summary>
    public Type RecordType { get; }

    /// <summary>What the table holds.</summary>
    public string Description { get; }

    /// <summary>The field that dates a row as an event, or null (children, workers, teams).</summary>
    public string? DateField { get; }

    /// <summary>The field where a row's period starts, or null when rows are not periods.</summary>
    public string? StartField { get; }

    /// <summary>The field where a row's period ends (null in a row while it is open), or null when rows are not periods.</summary>
    public string? EndField { get; }

    /// <summary>The fields, in the schema's order, <c>id</c> first.</summary>
    public ImmutableArray<CaseField> Fields { get; }

    /// <summary>True for the tables of a child's records (visits, meetings ...), whose rows <see cref="RowsOf(Child)"/> gives.</summary>
    public bool IsChildTable => rows is not null;

    /// <summary>Finds a field by its exact schema name, or null.</summary>
    public CaseField? FindField(string name) => byName.GetValueOrDefault(name);

    /// <summary>Reads a field of a row of this table by name; throws <see cref="ArgumentException"/> for a name the table lacks.</summary>
    public object? Read(ICaseRecord record, string name)
    {
        if (!byName.TryGetValue(name, out var field))
            throw new ArgumentException($"The table '{Name}' has no field '{name}'.", nameof(name));
        return field.Read(record);
    }

    /// <summary>A child's rows of this table, in the order the case data gave them.</summary>
    public IReadOnlyList<ICaseRecord> RowsOf(Child child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (rows is null)
            throw new InvalidOperationException($"'{Name}' is not a table of a child's records.");
        return rows(child);
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    internal int IndexOf(string name) => indexByName.TryGetValue(name, out var index) ? index : -1;

    // Tables have a handful of fields, so a scan of the UTF-8 names beats decoding the name to look it up.
    internal int IndexOf(ReadOnlySpan<byte> utf8Name)
    {
        for (var i = 0; i < utf8Names.Length; i++)
        {
            if (utf8Name.SequenceEqual(utf8Names[i]))
                return i;
        }

        return -1;
    }

    internal ICaseRecord Create(FieldValues values) => create(values);

    internal Child WithRows(Child child, IReadOnlyList<ICaseRecord> records) =>
        withRows is null ? throw new InvalidOperationException($"'{Name}' is not a table of a child's records.") : withRows(child, records);

    internal static CaseTable Define<T>(
        string name, string description, Func<FieldValues, T> create, ImmutableArray<CaseField> fields)
        where T : ICaseRecord =>
        new(name, typeof(T), description, null, null, null, fields, values => create(values), null, null);

    internal static CaseTable DefineChildTable<T>(
        string name, string description, string dateField, string? startField, string? endField,
        Func<FieldValues, T> create, Func<Child, ImmutableArray<T>> rows, Func<Child, ImmutableArray<T>, Child> withRows,
        ImmutableArray<CaseField> fields)
        where T : class, ICaseRecord =>
        new(name, typeof(T), description, dateField, startField, endField, fields, values => create(values),
            child => rows(child),
            (child, records) => withRows(child, records.Count == 0 ? [] : records.Cast<T>().ToImmutableArray()));
}
