using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>legal_statuses</c>: a period under a legal status, order or proceedings (ssd_legal_status, ssd_pre_proceedings). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Kind">The kind, as a code, e.g. s20, ICO, care order, placement order, SGO, PLO, care proceedings, eligible, relevant, former relevant.</param>
/// <param name="Start">When it started (the order made, proceedings issued, status reached).</param>
/// <param name="End">When it ended (order discharged, final hearing); null while it lasts.</param>
public sealed record LegalStatus(
    string Id,
    string Kind,
    LocalDate Start,
    LocalDate? End) : ICaseRecord
{
    /// <summary>The <c>legal_statuses</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "legal_statuses", "periods under a legal status, order or proceedings (ssd_legal_status, ssd_pre_proceedings)", "start", "start", "end",
        v => new LegalStatus(v.Text("id"), v.Text("kind"), v.Date("start"), v.OptionalDate("end")),
        child => child.LegalStatuses,
        (child, rows) => child with { LegalStatuses = rows },
        [
            CaseField.Of<LegalStatus>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<LegalStatus>("kind", CaseFieldType.Text, true, "the kind, as a code, e.g. s20, ICO, care order, placement order, SGO, PLO, care proceedings, eligible, relevant, former relevant", r => r.Kind),
            CaseField.Of<LegalStatus>("start", CaseFieldType.Date, true, "when it started (the order made, proceedings issued, status reached)", r => r.Start),
            CaseField.Of<LegalStatus>("end", CaseFieldType.Date, false, "when it ended (order discharged, final hearing); null while it lasts", r => r.End),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
