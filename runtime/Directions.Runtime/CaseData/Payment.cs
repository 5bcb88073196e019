using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>payments</c>: a payment made for the child (its kind and dates, never an amount). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Start">When it started.</param>
/// <param name="End">When it stopped; null while it continues.</param>
/// <param name="Kind">The kind, as a code, e.g. section 17, allowance.</param>
public sealed record Payment(
    string Id,
    LocalDate Start,
    LocalDate? End,
    string? Kind) : ICaseRecord
{
    /// <summary>The <c>payments</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "payments", "payments made for the child (kind and dates only)", "start", "start", "end",
        v => new Payment(v.Text("id"), v.Date("start"), v.OptionalDate("end"), v.OptionalText("kind")),
        child => child.Payments,
        (child, rows) => child with { Payments = rows },
        [
            CaseField.Of<Payment>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Payment>("start", CaseFieldType.Date, true, "when it started", r => r.Start),
            CaseField.Of<Payment>("end", CaseFieldType.Date, false, "when it stopped; null while it continues", r => r.End),
            CaseField.Of<Payment>("kind", CaseFieldType.Text, false, "the kind, as a code, e.g. section 17, allowance", r => r.Kind),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
