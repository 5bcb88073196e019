using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Directions.Runtime.CaseData;
using NodaTime;

namespace Directions.Runtime.Loading;

/// <summary>
/// Reads the canonical JSON in one forward pass with <see cref="Utf8JsonReader"/>, table by table
/// as <see cref="CaseDataModel"/> describes them, and collects every problem with its line and
/// path. Line numbers are counted only when a problem is reported, from byte offsets.
/// </summary>
internal sealed class JsonCaseloadReader
{
    /// <summary>The value of the top-level <c>format</c> field.</summary>
    public const string FormatName = "directions-caseload";

    /// <summary>The one version of the format this runtime reads.</summary>
    public const int FormatVersion = 1;

    private static readonly byte[][] ChildTableNames = [.. CaseDataModel.Tables.Select(t => Encoding.UTF8.GetBytes(t.Name))];
    private static readonly CaseField ExtractedField = new("extracted", CaseFieldType.Date, false, "the date the data was extracted", (_, _) => null);
    private static readonly string[] TopLevelRequired = ["format", "version", "teams", "workers", "children"];

    private readonly string file;
    private readonly ReadOnlyMemory<byte> data;
    private readonly List<CaseDataError> errors = [];
    private readonly SortedDictionary<string, int> unknownRecordTypes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> unknownFields = new(StringComparer.Ordinal);
    private readonly Dictionary<CaseTable, RecordBuffer> buffers = [];
    private readonly List<ICaseRecord>[] childRows = [.. CaseDataModel.Tables.Select(_ => new List<ICaseRecord>())];
    private readonly List<PendingReference> pending = [];

    // The teams and workers sections: null until read; then whether references can be checked against them.
    private bool? teamsUsable;
    private bool? workersUsable;

    private long countedTo;
    private int countedLine = 1;

    public JsonCaseloadReader(string file, ReadOnlyMemory<byte> data)
    {
        this.file = file;
        this.data = data.Span.StartsWith("\uFEFF"u8) ? data[3..] : data;
    }

    public CaseloadLoadResult Read()
    {
        Caseload? caseload = null;
        var stoppedEarly = false;
        try
        {
            var reader = new Utf8JsonReader(data.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
            try
            {
                caseload = ReadDocument(ref reader);
            }
            catch (JsonException e)
            {
                var line = e.LineNumber is { } zeroBased ? (int)zeroBased + 1 : 0;
                var message = e.Message;
                var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                if (cut >= 0)
                    message = message[..cut];
                AddError(line, "", $"this is not valid JSON: {message}");
            }

            if (caseload is not null)
                CheckPendingReferences();
        }
        catch (TooManyErrorsException)
        {
            stoppedEarly = true;
        }

        if (errors.Count > 0 || caseload is null)
            throw new CaseDataException(errors.Count > 0 ? errors : [new CaseDataError(file, 0, "", "the file holds no caseload")], stoppedEarly);
        return new CaseloadLoadResult(
            caseload,
            unknownRecordTypes.ToImmutableSortedDictionary(StringComparer.Ordinal),
            unknownFields.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    private Caseload? ReadDocument(ref Utf8JsonReader reader)
    {
        if (data.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            AddError(1, "", "the file is empty: expected a JSON object with format, version, teams, workers and children");
            return null;
        }

        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            AddError(LineAt(reader.TokenStartIndex), "", $"expected a JSON object with format, version, teams, workers and children, found {Describe(ref reader)}");
            return null;
        }

        var start = reader.TokenStartIndex;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<ICaseRecord> teams = [], workers = [], children = [];
        LocalDate? extracted = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var offset = reader.TokenStartIndex;
            if (!seen.Add(name))
            {
                AddError(offset, name, "is given twice at the top level");
                reader.Skip();
                continue;
            }

            switch (name)
            {
                case "format":
                    if (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(FormatName))
                        break;
                    AddError(offset, name, reader.TokenType == JsonTokenType.String
                        ? $"'{Short(reader.GetString()!)}' is not a format this runtime reads (expected '{FormatName}')"
                        : $"expected the string '{FormatName}', found {Describe(ref reader)}");
                    reader.Skip();
                    break;
                case "version":
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) && version == FormatVersion)
                        break;
                    AddError(offset, name, reader.TokenType == JsonTokenType.Number
                        ? $"{Encoding.UTF8.GetString(reader.ValueSpan)} is not a version this runtime reads (expected {FormatVersion})"
                        : $"expected the number {FormatVersion}, found {Describe(ref reader)}");
                    reader.Skip();
                    break;
                case "extracted":
                    if (ReadValue(ref reader, ExtractedField, out var value, out var problem))
                        extracted = (LocalDate?)value;
                    else
                        AddError(offset, name, problem);
                    break;
                case "teams":
                    teamsUsable = ReadSection(ref reader, Team.Table, teams);
                    break;
                case "workers":
                    workersUsable = ReadSection(ref reader, Worker.Table, workers);
                    break;
                case "children":
                    ReadSection(ref reader, Child.Table, children);
                    break;
                default:
                    CountUnknown(ref reader, null, name, recordTypesAllowed: true);
                    break;
            }
        }

        // Anything after the top-level object other than white space is a JSON error the reader reports.
        while (reader.Read())
        {
        }

        foreach (var name in TopLevelRequired.Where(n => !seen.Contains(n)))
        {
            AddError(start, name, name switch
            {
                "format" => $"missing (a caseload file starts with \"format\": \"{FormatName}\")",
                "version" => $"missing (a caseload file says \"version\": {FormatVersion})",
                _ => "missing (a caseload file has this list, even when it is empty)",
            });
        }

        return new Caseload
        {
            Teams = [.. teams.Cast<Team>()],
            Workers = [.. workers.Cast<Worker>()],
            Children = [.. children.Cast<Child>()],
            Extracted = extracted,
        };
    }

    /// <summary>Reads teams, workers or children; returns true when it found no problem in them.</summary>
    private bool ReadSection(ref Utf8JsonReader reader, CaseTable table, List<ICaseRecord> records)
    {
        var errorsBefore = errors.Count;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            AddError(reader.TokenStartIndex, table.Name, $"expected a list of records (a JSON array), found {Describe(ref reader)}");
            reader.Skip();
            return false;
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var record = ReadRecord(ref reader, table, new Location(table.Name, index, null, 0));
            if (record is not null)
                records.Add(record);
            index++;
        }

        return errors.Count == errorsBefore;
    }

    private void ReadChildTable(ref Utf8JsonReader reader, CaseTable table, Location child, List<ICaseRecord> rows)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            AddError(reader.TokenStartIndex, child.Of(table.Name), $"expected a list of records (a JSON array), found {Describe(ref reader)}");
            reader.Skip();
            return;
        }

        var row = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var record = ReadRecord(ref reader, table, child with { Table = table.Name, Row = row });
            if (record is not null)
                rows.Add(record);
            row++;
        }
    }

    /// <summary>Reads one record; returns null when it has a problem (already reported).</summary>
    private ICaseRecord? ReadRecord(ref Utf8JsonReader reader, CaseTable table, Location location)
    {
        var start = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            AddError(start, location.ToString(), $"expected a record (a JSON object), found {Describe(ref reader)}");
            reader.Skip();
            return null;
        }

        var isChild = ReferenceEquals(table, Child.Table);
        if (isChild)
        {
            foreach (var list in childRows)
                list.Clear();
        }

        var buffer = BufferFor(table);
        var seen = 0UL;
        var tablesSeen = 0UL;
        var bad = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = reader.ValueIsEscaped ? table.IndexOf(reader.GetString()!) : table.IndexOf(reader.ValueSpan);
            if (index >= 0 && !table.Fields[index].IsComputed)
            {
                var field = table.Fields[index];
                reader.Read();
                var offset = reader.TokenStartIndex;
                buffer.Offsets[index] = offset;
                if ((seen & (1UL << index)) != 0)
                {
                    AddError(offset, location.Field(field.Name), "is given twice in the same record");
                    reader.Skip();
                    bad = true;
                    continue;
                }

                seen |= 1UL << index;
                if (ReadValue(ref reader, field, out var value, out var problem))
                {
                    buffer.Values[index] = value;
                }
                else
                {
                    AddError(offset, location.Field(field.Name), problem.Length > 0 ? problem : $"null ({Needs(table, field)})");
                    bad = true;
                }

                continue;
            }

            var childTable = isChild ? ChildTableIndex(ref reader) : -1;
            var name = reader.GetString()!;
            reader.Read();
            if (childTable >= 0)
            {
                if ((tablesSeen & (1UL << childTable)) != 0)
                {
                    AddError(reader.TokenStartIndex, location.Of(name), "is given twice in the same record");
                    reader.Skip();
                    continue;
                }

                tablesSeen |= 1UL << childTable;
                ReadChildTable(ref reader, CaseDataModel.Tables[childTable], location, childRows[childTable]);
                continue;
            }

            CountUnknown(ref reader, table.Name, name, recordTypesAllowed: isChild);
        }

        for (var i = 0; i < table.Fields.Length; i++)
        {
            var field = table.Fields[i];
            if (field.IsRequired && (seen & (1UL << i)) == 0)
            {
                AddError(start, location.Field(field.Name), $"missing ({Needs(table, field)})");
                bad = true;
            }
        }

        if (bad)
            return null;

        var record = table.Create(buffer.Values);
        CheckId(table, buffer.Ids, record.Id, buffer.Offsets[0], location);
        CheckPeriod(table, buffer, location);
        CheckReferences(table, buffer, location);
        if (isChild)
        {
            var child = (Child)record;
            for (var t = 0; t < childRows.Length; t++)
            {
                if (childRows[t].Count > 0)
                    child = CaseDataModel.Tables[t].WithRows(child, childRows[t]);
            }

            record = child;
        }

        return record;
    }

    /// <summary>
    /// Reads a field's value, already of the field's .NET type (null when not recorded). Returns
    /// false with the problem, or with an empty problem for a null in a required field.
    /// </summary>
    private static bool ReadValue(ref Utf8JsonReader reader, CaseField field, out object? value, out string problem)
    {
        value = null;
        problem = "";
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return !field.IsRequired;

            case JsonTokenType.String when field.Type is CaseFieldType.Text or CaseFieldType.Worker:
                var text = reader.GetString()!;
                if (text.Length == 0)
                {
                    // An empty string in an optional field is taken as not recorded, as many extracts write nulls that way.
                    if (!field.IsRequired)
                        return true;
                    problem = "is empty, but it must have a value";
                    return false;
                }

                value = text;
                return true;

            case JsonTokenType.String when field.Type is CaseFieldType.Date or CaseFieldType.DateTime:
            {
                Span<char> chars = stackalloc char[24];
                if (!reader.ValueIsEscaped && reader.ValueSpan.Length <= chars.Length)
                {
                    var length = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
                    var span = chars[..length];
                    if (field.Type == CaseFieldType.Date && RecordedAt.TryParseDate(span, out var date))
                    {
                        value = date;
                        return true;
                    }

                    if (field.Type == CaseFieldType.DateTime && RecordedAt.TryParse(span, out var at))
                    {
                        value = at;
                        return true;
                    }
                }

                problem = $"'{Short(reader.GetString()!)}' is not a date (expected {DateForms(field)})";
                return false;
            }

            case JsonTokenType.True or JsonTokenType.False when field.Type == CaseFieldType.Flag:
                value = Boxed.Flag(reader.TokenType == JsonTokenType.True);
                return true;

            case JsonTokenType.Number when field.Type == CaseFieldType.Number:
                if (reader.TryGetDecimal(out var number))
                {
                    value = number;
                    return true;
                }

                problem = $"{Short(Encoding.UTF8.GetString(reader.ValueSpan))} is too large a number";
                return false;

            default:
                problem = $"expected {Expected(field)}, found {Describe(ref reader)}";
                reader.Skip();
                return false;
        }
    }

    private void CheckId(CaseTable table, Dictionary<string, long> ids, string id, long offset, Location location)
    {
        if (!ids.TryAdd(id, offset))
            AddError(offset, location.Field("id"), $"the id '{Short(id)}' is already used by another {table.Name} record (line {LineAt(ids[id])})");
    }

    private void CheckPeriod(CaseTable table, RecordBuffer buffer, Location location)
    {
        if (buffer.StartIndex < 0 || buffer.EndIndex < 0)
            return;
        // A period may start at a time of day (a placement); its end is compared with the start's date.
        var start = buffer.Values[buffer.StartIndex] switch { LocalDate date => date, RecordedAt at => at.Date, _ => (LocalDate?)null };
        if (start is { } begun && buffer.Values[buffer.EndIndex] is LocalDate end && end < begun)
        {
            AddError(buffer.Offsets[buffer.EndIndex], location.Field(table.EndField!),
                $"'{RecordedAt.FormatDate(end)}' is before {table.StartField} '{RecordedAt.FormatDate(begun)}'");
        }
    }

    private void CheckReferences(CaseTable table, RecordBuffer buffer, Location location)
    {
        for (var i = 0; i < table.Fields.Length; i++)
        {
            var field = table.Fields[i];
            if (buffer.Values[i] is not string id)
                continue;
            if (field.Type == CaseFieldType.Worker)
                CheckReference(new PendingReference(IsWorker: true, id, location, field.Name, buffer.Offsets[i]));
            else if (field.Name is "team" or "from_team" or "to_team" && !ReferenceEquals(table, Team.Table))
                CheckReference(new PendingReference(IsWorker: false, id, location, field.Name, buffer.Offsets[i]));
        }
    }

    private void CheckReference(PendingReference reference)
    {
        var usable = reference.IsWorker ? workersUsable : teamsUsable;
        if (usable is null)
            pending.Add(reference);
        else if (usable.Value)
            Resolve(reference);
    }

    private void CheckPendingReferences()
    {
        foreach (var reference in pending)
        {
            if ((reference.IsWorker ? workersUsable : teamsUsable) == true)
                Resolve(reference);
        }
    }

    private void Resolve(PendingReference reference)
    {
        var table = reference.IsWorker ? "workers" : "teams";
        if (BufferFor(reference.IsWorker ? Worker.Table : Team.Table, clear: false).Ids.ContainsKey(reference.Id))
            return;
        AddError(reference.Offset, reference.Location.Field(reference.Field),
            $"'{Short(reference.Id)}' is not the id of any {(reference.IsWorker ? "worker" : "team")} in {table}");
    }

    private void CountUnknown(ref Utf8JsonReader reader, string? owner, string name, bool recordTypesAllowed)
    {
        var key = owner is null ? name : owner + "." + name;
        if (recordTypesAllowed && reader.TokenType == JsonTokenType.StartArray)
        {
            var count = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                count++;
                reader.Skip();
            }

            if (count > 0)
                unknownRecordTypes[key] = unknownRecordTypes.GetValueOrDefault(key) + count;
            return;
        }

        unknownFields[key] = unknownFields.GetValueOrDefault(key) + 1;
        reader.Skip();
    }

    private static int ChildTableIndex(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            var table = CaseDataModel.FindTable(reader.GetString()!);
            return table is null ? -1 : CaseDataModel.Tables.IndexOf(table);
        }

        for (var i = 0; i < ChildTableNames.Length; i++)
        {
            if (reader.ValueSpan.SequenceEqual(ChildTableNames[i]))
                return i;
        }

        return -1;
    }

    private RecordBuffer BufferFor(CaseTable table, bool clear = true)
    {
        if (!buffers.TryGetValue(table, out var buffer))
            buffers[table] = buffer = new RecordBuffer(table);
        if (clear)
            buffer.Clear();
        return buffer;
    }

    private static string Needs(CaseTable table, CaseField field) =>
        $"every {table.Name} record must have {(field.Name == "id" ? "an" : "a")} {field.Name}";

    private static string Expected(CaseField field) => field.Type switch
    {
        CaseFieldType.Date or CaseFieldType.DateTime => $"a date as a string ({DateForms(field)})",
        CaseFieldType.Flag => "true or false",
        CaseFieldType.Number => "a number",
        CaseFieldType.Worker => "a worker's id as a string",
        _ => "a string",
    };

    private static string DateForms(CaseField field) =>
        field.Type == CaseFieldType.DateTime ? "YYYY-MM-DD or YYYY-MM-DDTHH:MM" : "YYYY-MM-DD";

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"the string '{Short(reader.GetString()!)}'",
        JsonTokenType.Number => $"the number {Short(Encoding.UTF8.GetString(reader.ValueSpan))}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        _ => "nothing",
    };

    /// <summary>A value quoted in a message: at most 40 characters, on one line.</summary>
    private static string Short(string value)
    {
        var oneLine = value.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
        return oneLine.Length <= 40 ? oneLine : oneLine[..37] + "...";
    }

    private void AddError(long offset, string path, string problem) => AddError(LineAt(offset), path, problem);

    private void AddError(int line, string path, string problem)
    {
        errors.Add(new CaseDataError(file, line, path, problem));
        if (errors.Count >= CaseDataException.MaxErrors)
            throw new TooManyErrorsException();
    }

    /// <summary>The 1-based line of a byte offset, counting line feeds from the last offset asked about.</summary>
    private int LineAt(long offset)
    {
        var span = data.Span;
        offset = Math.Clamp(offset, 0, span.Length);
        if (offset >= countedTo)
            countedLine += span[(int)countedTo..(int)offset].Count((byte)'\n');
        else
            countedLine -= span[(int)offset..(int)countedTo].Count((byte)'\n');
        countedTo = offset;
        return countedLine;
    }

    /// <summary>Where a record is: <c>children[12]</c>, or <c>children[12].visits[3]</c>.</summary>
    private readonly record struct Location(string Top, int Index, string? Table, int Row)
    {
        public override string ToString() => Table is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Top}[{Index}]")
            : string.Create(CultureInfo.InvariantCulture, $"{Top}[{Index}].{Table}[{Row}]");

        public string Field(string name) => $"{this}.{name}";

        public string Of(string table) => $"{this}.{table}";
    }

    private sealed record PendingReference(bool IsWorker, string Id, Location Location, string Field, long Offset);

    /// <summary>What the reader keeps per table: the values and offsets of the record being read, and the ids seen so far.</summary>
    private sealed class RecordBuffer(CaseTable table)
    {
        public FieldValues Values { get; } = new(table);

        public long[] Offsets { get; } = new long[table.Fields.Length];

        /// <summary>Each id used so far in the table, with the offset of its first use.</summary>
        public Dictionary<string, long> Ids { get; } = new(StringComparer.Ordinal);

        public int StartIndex { get; } = table.StartField is null || table.EndField is null ? -1 : table.IndexOf(table.StartField);

        public int EndIndex { get; } = table.StartField is null || table.EndField is null ? -1 : table.IndexOf(table.EndField);

        public void Clear()
        {
            Values.Clear();
            Array.Clear(Offsets);
        }
    }

    private sealed class TooManyErrorsException : Exception;
}
