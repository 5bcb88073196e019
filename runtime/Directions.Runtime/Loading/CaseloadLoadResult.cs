using System.Collections.Immutable;
using System.Globalization;
using Directions.Runtime.CaseData;

namespace Directions.Runtime.Loading;

/// <summary>
/// A loaded caseload, and what the source held that the model does not know and so was not
/// loaded. A caller should show <see cref="Describe"/> to the user whenever
/// <see cref="HasUnknownData"/> is true: such data is never dropped silently.
/// </summary>
/// <param name="Caseload">The caseload.</param>
/// <param name="UnknownRecordTypes">
/// Records of a type the model does not know, by where they were, counted by record: e.g.
/// <c>children.placements</c> (an array under a child) or <c>placements</c> (at the top level).
/// </param>
/// <param name="UnknownFields">
/// Fields the model does not know, by table and field name, counted by occurrence: e.g.
/// <c>visits.location</c>, <c>children.name</c>, or <c>exported_by</c> at the top level.
/// Their values are never kept.
/// </param>
public sealed record CaseloadLoadResult(
    Caseload Caseload,
    ImmutableSortedDictionary<string, int> UnknownRecordTypes,
    ImmutableSortedDictionary<string, int> UnknownFields)
{
    /// <summary>True when the source held record types or fields the model does not know.</summary>
    public bool HasUnknownData => !UnknownRecordTypes.IsEmpty || !UnknownFields.IsEmpty;

    /// <summary>One plain-English line per unknown record type and per unknown field, e.g. <c>children.placements: 12 records of a type the case-data model does not know were not loaded</c>.</summary>
    public IReadOnlyList<string> Describe() =>
    [
        .. UnknownRecordTypes.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.Key}: {p.Value} record{(p.Value == 1 ? "" : "s")} of a type the case-data model does not know {(p.Value == 1 ? "was" : "were")} not loaded")),
        .. UnknownFields.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.Key}: a field the case-data model does not know, given {p.Value} time{(p.Value == 1 ? "" : "s")}, was not loaded")),
    ];

    /// <summary>True when the caseloads are equal and the same unknown data was counted.</summary>
    public bool Equals(CaseloadLoadResult? other) =>
        other is not null && Caseload.Equals(other.Caseload) &&
        UnknownRecordTypes.SequenceEqual(other.UnknownRecordTypes) && UnknownFields.SequenceEqual(other.UnknownFields);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Caseload, UnknownRecordTypes.Count, UnknownFields.Count);
}
