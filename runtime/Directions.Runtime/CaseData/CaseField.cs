using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// A field of a case-data table: its schema name, type, whether the canonical JSON must give it,
/// and a fast accessor (a compiled lambda, no reflection). Resolve a field once with
/// <see cref="CaseTable.FindField(string)"/> and call <see cref="Read(ICaseRecord)"/> per row.
/// </summary>
public sealed class CaseField
{
    private readonly Func<ICaseRecord, LocalDate?, object?> read;

    internal CaseField(string name, CaseFieldType type, bool isRequired, string description, Func<ICaseRecord, LocalDate?, object?> read)
    {
        Name = name;
        Type = type;
        IsRequired = isRequired;
        Description = description;
        this.read = read;
    }

    /// <summary>The schema name, snake_case, as in the canonical JSON.</summary>
    public string Name { get; }

    /// <summary>The field's type.</summary>
    public CaseFieldType Type { get; }

    /// <summary>True when every row must have a value (the JSON must give it, and not as null).</summary>
    public bool IsRequired { get; }

    /// <summary>True for fields worked out as of a date rather than recorded (<see cref="CaseFieldType.Duration"/>).</summary>
    public bool IsComputed => Type == CaseFieldType.Duration;

    /// <summary>What the field holds.</summary>
    public string Description { get; }

    /// <summary>The .NET type of the field's values (nullable forms aside).</summary>
    public Type ValueType => Type switch
    {
        CaseFieldType.Date => typeof(LocalDate),
        CaseFieldType.DateTime => typeof(RecordedAt),
        CaseFieldType.Flag => typeof(bool),
        CaseFieldType.Number => typeof(decimal),
        CaseFieldType.Duration => typeof(Period),
        _ => typeof(string),
    };

    /// <summary>Reads the field of a row of this field's table; throws for a computed field, which needs a date.</summary>
    public object? Read(ICaseRecord record)
    {
        if (IsComputed)
            throw new InvalidOperationException($"'{Name}' is worked out as of a date: use Read(record, asOf).");
        return read(record, null);
    }

    /// <summary>Reads the field of a row of this field's table; computed fields are worked out as of <paramref name="asOf"/>.</summary>
    public object? Read(ICaseRecord record, LocalDate asOf) => read(record, asOf);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Type}{(IsRequired ? ", required" : "")})";

    internal static CaseField Of<T>(string name, CaseFieldType type, bool required, string description, Func<T, object?> get)
        where T : ICaseRecord =>
        new(name, type, required, description, (record, _) => get((T)record));

    internal static CaseField Computed<T>(string name, string description, Func<T, LocalDate, object?> get)
        where T : ICaseRecord =>
        new(name, CaseFieldType.Duration, false, description, (record, asOf) => get((T)record, asOf!.Value));
}

/// <summary>Boxed values shared between reads, so reading a flag allocates nothing.</summary>
internal static class Boxed
{
    private static readonly object True = true;
    private static readonly object False = false;

    public static object Flag(bool value) => value ? True : False;
}
