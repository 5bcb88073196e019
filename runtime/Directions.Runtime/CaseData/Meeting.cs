namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>meetings</c>: a meeting, review or conference (ssd_cin_reviews, ssd_cp_reviews, ssd_cla_reviews, conferences). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Date">When the meeting was held.</param>
/// <param name="Kind">E.g. CIN review, family network meeting, ICPC.</param>
/// <param name="Chair">The id of the worker who chaired it. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
public sealed record Meeting(
    string Id,
    RecordedAt Date,
    string Kind,
    string? Chair) : ICaseRecord
{
    /// <summary>The <c>meetings</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "meetings", "meetings and reviews (ssd_cin_reviews, ssd_cp_reviews, ssd_cla_reviews, conferences)", "date", null, null,
        v => new Meeting(v.Text("id"), v.At("date"), v.Text("kind"), v.OptionalText("chair")),
        child => child.Meetings,
        (child, rows) => child with { Meetings = rows },
        [
            CaseField.Of<Meeting>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Meeting>("date", CaseFieldType.DateTime, true, "when the meeting was held", r => r.Date),
            CaseField.Of<Meeting>("kind", CaseFieldType.Text, true, "e.g. CIN review, family network meeting, ICPC", r => r.Kind),
            CaseField.Of<Meeting>("chair", CaseFieldType.Worker, false, "the id of the worker who chaired it", r => r.Chair),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
