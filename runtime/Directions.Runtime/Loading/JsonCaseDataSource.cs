using System.Text;

namespace Directions.Runtime.Loading;

/// <summary>
/// Reads the canonical case-data JSON (format <c>directions-caseload</c>, version 1; see
/// runtime/README.md and runtime/schema/caseload.schema.json). Every problem is reported with
/// the file, line and JSON path; unknown record types and fields are counted, never kept.
/// </summary>
public sealed class JsonCaseDataSource : ICaseDataSource
{
    private readonly string? path;
    private readonly ReadOnlyMemory<byte> bytes;

    /// <summary>A source that reads the file at <paramref name="path"/> when loaded; messages name the path as given.</summary>
    public JsonCaseDataSource(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        this.path = path;
        Name = path;
    }

    private JsonCaseDataSource(ReadOnlyMemory<byte> bytes, string name)
    {
        this.bytes = bytes;
        Name = name;
    }

    /// <summary>The name used in messages.</summary>
    public string Name { get; }

    /// <summary>A source over UTF-8 bytes already in memory; <paramref name="name"/> stands for the file in messages.</summary>
    public static JsonCaseDataSource FromBytes(ReadOnlyMemory<byte> utf8Json, string name) => new(utf8Json, name);

    /// <summary>A source over JSON text; <paramref name="name"/> stands for the file in messages.</summary>
    public static JsonCaseDataSource FromText(string json, string name) => new(Encoding.UTF8.GetBytes(json), name);

    /// <summary>Reads the caseload; throws <see cref="CaseDataException"/> when the data is bad or the file cannot be read.</summary>
    public CaseloadLoadResult Load()
    {
        ReadOnlyMemory<byte> data;
        if (path is null)
        {
            data = bytes;
        }
        else
        {
            try
            {
                data = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
            {
                throw new CaseDataException([new CaseDataError(Name, 0, "", $"the file cannot be read: {e.Message}")]);
            }
        }

        return new JsonCaseloadReader(Name, data).Read();
    }
}
