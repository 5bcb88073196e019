using System.Text;
using System.Text.Json;
using Directions.Runtime.CaseData;
using NodaTime;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// Writes a scenario's case as the canonical case-data JSON (runtime/README.md), so the case is read by
/// the same loader, with the same checks, as a real extract.
/// </summary>
internal static class CaseloadJson
{
    public static string Write(
        IReadOnlyDictionary<string, string?> teams,
        IEnumerable<Dictionary<string, object?>> workers,
        Dictionary<string, object?> child,
        IReadOnlyDictionary<string, List<Dictionary<string, object?>>> rowsByTable)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", "directions-caseload");
            json.WriteNumber("version", 1);
            json.WriteStartArray("teams");
            foreach (var (id, area) in teams)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                if (area is not null)
                    json.WriteString("service_area", area);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("workers");
            foreach (var worker in workers)
                WriteRecord(json, worker);
            json.WriteEndArray();
            json.WriteStartArray("children");
            json.WriteStartObject();
            WriteFields(json, child);
            foreach (var table in CaseDataModel.Tables)
            {
                if (!rowsByTable.TryGetValue(table.Name, out var rows))
                    continue;
                json.WriteStartArray(table.Name);
                foreach (var row in rows)
                    WriteRecord(json, row);
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteRecord(Utf8JsonWriter json, Dictionary<string, object?> values)
    {
        json.WriteStartObject();
        WriteFields(json, values);
        json.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter json, Dictionary<string, object?> values)
    {
        foreach (var (name, value) in values)
        {
            switch (value)
            {
                case null:
                    break;
                case bool flag:
                    json.WriteBoolean(name, flag);
                    break;
                case decimal number:
                    json.WriteNumber(name, number);
                    break;
                case LocalDate date:
                    json.WriteString(name, RecordedAt.FormatDate(date));
                    break;
                case RecordedAt at:
                    json.WriteString(name, at.ToString());
                    break;
                default:
                    json.WriteString(name, value.ToString());
                    break;
            }
        }
    }
}
