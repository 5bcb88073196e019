using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>placements</c>: a placement of a looked-after child (ssd_cla_placement). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Start">When the placement started (with the time, when known).</param>
/// <param name="End">When it ended; null while it lasts.</param>
/// <param name="Kind">The kind, as a code, e.g. foster, connected carer, placed with parents, residential, residential school, secure, adoptive, short break.</param>
/// <param name="Emergency">An emergency (unplanned) placement; null when not recorded.</param>
/// <param name="OutOfArea">Outside the local authority's area; null when not recorded.</param>
/// <param name="PermanenceAgreed">When it was formally agreed as the child's permanent placement.</param>
/// <param name="CarerApproved">When a temporarily approved carer was approved.</param>
public sealed record Placement(
    string Id,
    RecordedAt Start,
    LocalDate? End,
    string Kind,
    bool? Emergency,
    bool? OutOfArea,
    LocalDate? PermanenceAgreed,
    LocalDate? CarerApproved) : ICaseRecord
{
    /// <summary>The <c>placements</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "placements", "placements of a looked-after child (ssd_cla_placement)", "start", "start", "end",
        v => new Placement(v.Text("id"), v.At("start"), v.OptionalDate("end"), v.Text("kind"), v.OptionalFlag("emergency"), v.OptionalFlag("out_of_area"), v.OptionalDate("permanence_agreed"), v.OptionalDate("carer_approved")),
        child => child.Placements,
        (child, rows) => child with { Placements = rows },
        [
            CaseField.Of<Placement>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Placement>("start", CaseFieldType.DateTime, true, "when the placement started (with the time, when known)", r => r.Start),
            CaseField.Of<Placement>("end", CaseFieldType.Date, false, "when it ended; null while it lasts", r => r.End),
            CaseField.Of<Placement>("kind", CaseFieldType.Text, true, "the kind, as a code, e.g. foster, connected carer, placed with parents, residential, residential school, secure, adoptive, short break", r => r.Kind),
            CaseField.Of<Placement>("emergency", CaseFieldType.Flag, false, "an emergency (unplanned) placement; null when not recorded", r => r.Emergency is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Placement>("out_of_area", CaseFieldType.Flag, false, "outside the local authority's area; null when not recorded", r => r.OutOfArea is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Placement>("permanence_agreed", CaseFieldType.Date, false, "when it was formally agreed as the child's permanent placement", r => r.PermanenceAgreed),
            CaseField.Of<Placement>("carer_approved", CaseFieldType.Date, false, "when a temporarily approved carer was approved", r => r.CarerApproved),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
