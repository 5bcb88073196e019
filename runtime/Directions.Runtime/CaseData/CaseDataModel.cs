using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Directions.Runtime.CaseData;

/// <summary>
/// The runtime's case-data model as tables and fields: the same names and types as the
/// compiler's case-data schema (which vocabulary terms map to), so a rules interpreter can
/// select rows and read fields by name. Resolve a table and field once, then read many rows:
/// <code>
/// var kind = CaseDataModel.FindTable("visits")!.FindField("kind")!;
/// foreach (var visit in CaseDataModel.FindTable("visits")!.RowsOf(child))
///     if ((string?)kind.Read(visit) == "CIN") ...
/// </code>
/// </summary>
public static class CaseDataModel
{
    private static readonly FrozenDictionary<string, CaseTable> TablesByName;

    static CaseDataModel()
    {
        Tables = [
            Referral.Table, CinEpisode.Table, Assessment.Table, CinPlan.Table, S47Enquiry.Table, CpPlan.Table,
            ClaEpisode.Table, Visit.Table, Meeting.Table, CaseNote.Table, Document.Table, Allocation.Table,
            Placement.Table, LegalStatus.Table, MissingEpisode.Table, Consent.Table, PrivateFosteringArrangement.Table, Transfer.Table,
            ChronologyEntry.Table, AgencyContact.Table, HouseholdMember.Table, Payment.Table];
        TablesByName = Tables.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The tables of a child's records, in the schema's order.</summary>
    public static ImmutableArray<CaseTable> Tables { get; }

    /// <summary>The child's own fields (<c>age</c> and <c>open_for</c> are computed as of a date).</summary>
    public static CaseTable Children => Child.Table;

    /// <summary>The workers' fields.</summary>
    public static CaseTable Workers => Worker.Table;

    /// <summary>The teams' fields.</summary>
    public static CaseTable Teams => Team.Table;

    /// <summary>Finds a table of a child's records by its exact schema name (e.g. <c>visits</c>), or null.</summary>
    public static CaseTable? FindTable(string name) => TablesByName.GetValueOrDefault(name);
}
