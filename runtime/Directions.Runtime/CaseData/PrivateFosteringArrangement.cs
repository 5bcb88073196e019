using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>private_fostering</c>: a private fostering arrangement the local authority was notified of. Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Notified">When the local authority was first notified.</param>
/// <param name="Start">When the arrangement started.</param>
/// <param name="End">When it ended; null while it lasts.</param>
public sealed record PrivateFosteringArrangement(
    string Id,
    LocalDate Notified,
    LocalDate Start,
    LocalDate? End) : ICaseRecord
{
    /// <summary>The <c>private_fostering</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "private_fostering", "private fostering arrangements the local authority was notified of", "notified", "start", "end",
        v => new PrivateFosteringArrangement(v.Text("id"), v.Date("notified"), v.Date("start"), v.OptionalDate("end")),
        child => child.PrivateFostering,
        (child, rows) => child with { PrivateFostering = rows },
        [
            CaseField.Of<PrivateFosteringArrangement>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<PrivateFosteringArrangement>("notified", CaseFieldType.Date, true, "when the local authority was first notified", r => r.Notified),
            CaseField.Of<PrivateFosteringArrangement>("start", CaseFieldType.Date, true, "when the arrangement started", r => r.Start),
            CaseField.Of<PrivateFosteringArrangement>("end", CaseFieldType.Date, false, "when it ended; null while it lasts", r => r.End),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
