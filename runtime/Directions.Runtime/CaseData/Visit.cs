namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>visits</c>: a visit to the child (ssd_cin_visits, ssd_cp_visits, ssd_cla_visits). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Date">When the visit took place.</param>
/// <param name="Kind">CIN, CP, CLA or PF.</param>
/// <param name="ChildSeen">The child was seen.</param>
/// <param name="ChildSeenAlone">The child was seen alone.</param>
/// <param name="Worker">The id of the worker who visited. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
public sealed record Visit(
    string Id,
    RecordedAt Date,
    string Kind,
    bool ChildSeen,
    bool ChildSeenAlone,
    string? Worker) : ICaseRecord
{
    /// <summary>The <c>visits</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "visits", "visits to the child (ssd_cin_visits, ssd_cp_visits, ssd_cla_visits)", "date", null, null,
        v => new Visit(v.Text("id"), v.At("date"), v.Text("kind"), v.Flag("child_seen"), v.Flag("child_seen_alone"), v.OptionalText("worker")),
        child => child.Visits,
        (child, rows) => child with { Visits = rows },
        [
            CaseField.Of<Visit>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Visit>("date", CaseFieldType.DateTime, true, "when the visit took place", r => r.Date),
            CaseField.Of<Visit>("kind", CaseFieldType.Text, true, "CIN, CP, CLA or PF", r => r.Kind),
            CaseField.Of<Visit>("child_seen", CaseFieldType.Flag, true, "the child was seen", r => Boxed.Flag(r.ChildSeen)),
            CaseField.Of<Visit>("child_seen_alone", CaseFieldType.Flag, true, "the child was seen alone", r => Boxed.Flag(r.ChildSeenAlone)),
            CaseField.Of<Visit>("worker", CaseFieldType.Worker, false, "the id of the worker who visited", r => r.Worker),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
