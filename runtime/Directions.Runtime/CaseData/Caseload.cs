using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// A whole caseload: the teams, the workers and the children, with their records. Immutable and
/// safe to share between threads. It holds no personal details: ids, codes and dates only.
/// Two caseloads are equal when their teams, workers and children are equal, in order.
/// </summary>
public sealed record Caseload
{
    private FrozenDictionary<string, Team>? teamsById;
    private FrozenDictionary<string, Worker>? workersById;
    private FrozenDictionary<string, Child>? childrenById;

    /// <summary>The teams.</summary>
    public ImmutableArray<Team> Teams
    {
        get;
        init { field = value; teamsById = null; }
    } = [];

    /// <summary>The workers that records refer to by id.</summary>
    public ImmutableArray<Worker> Workers
    {
        get;
        init { field = value; workersById = null; }
    } = [];

    /// <summary>The children.</summary>
    public ImmutableArray<Child> Children
    {
        get;
        init { field = value; childrenById = null; }
    } = [];

    /// <summary>The date the data was extracted, when the source says; records run up to it.</summary>
    public LocalDate? Extracted { get; init; }

    /// <summary>The worker with this id, or null.</summary>
    public Worker? FindWorker(string id) => (workersById ??= Index(Workers)).GetValueOrDefault(id);

    /// <summary>The team with this id, or null.</summary>
    public Team? FindTeam(string id) => (teamsById ??= Index(Teams)).GetValueOrDefault(id);

    /// <summary>The child with this id, or null.</summary>
    public Child? FindChild(string id) => (childrenById ??= Index(Children)).GetValueOrDefault(id);

    /// <summary>True when the teams, workers and children are equal, in order, and so is the extraction date.</summary>
    public bool Equals(Caseload? other) =>
        other is not null &&
        (ReferenceEquals(this, other) ||
         Extracted == other.Extracted && Teams.SequenceEqual(other.Teams) && Workers.SequenceEqual(other.Workers) && Children.SequenceEqual(other.Children));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Extracted, Teams.Length, Workers.Length, Children.Length);

    // The first row wins when ids repeat; the JSON loader refuses duplicate ids before this.
    private static FrozenDictionary<string, T> Index<T>(ImmutableArray<T> rows) where T : ICaseRecord
    {
        var byId = new Dictionary<string, T>(rows.Length, StringComparer.Ordinal);
        foreach (var row in rows)
            byId.TryAdd(row.Id, row);
        return byId.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
