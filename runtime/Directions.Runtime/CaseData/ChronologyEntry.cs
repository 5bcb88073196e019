using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>chronology_entries</c>: an entry in the child's chronology (its kind and dates, never its text). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Date">The date of the event it records.</param>
/// <param name="Added">When the entry was written.</param>
/// <param name="Kind">What it records, as a code, e.g. allocation, allocation ended, conference, assessment outcome.</param>
public sealed record ChronologyEntry(
    string Id,
    LocalDate Date,
    LocalDate? Added,
    string Kind) : ICaseRecord
{
    /// <summary>The <c>chronology_entries</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "chronology_entries", "entries in the child's chronology (kind and dates only)", "date", null, null,
        v => new ChronologyEntry(v.Text("id"), v.Date("date"), v.OptionalDate("added"), v.Text("kind")),
        child => child.ChronologyEntries,
        (child, rows) => child with { ChronologyEntries = rows },
        [
            CaseField.Of<ChronologyEntry>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<ChronologyEntry>("date", CaseFieldType.Date, true, "the date of the event it records", r => r.Date),
            CaseField.Of<ChronologyEntry>("added", CaseFieldType.Date, false, "when the entry was written", r => r.Added),
            CaseField.Of<ChronologyEntry>("kind", CaseFieldType.Text, true, "what it records, as a code, e.g. allocation, allocation ended, conference, assessment outcome", r => r.Kind),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
