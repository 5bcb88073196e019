using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>cp_plans</c>: a child protection plan (ssd_cp_plans). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Start">When the plan started.</param>
/// <param name="End">When the plan ended; null while it is open.</param>
/// <param name="Category">The category of abuse.</param>
public sealed record CpPlan(
    string Id,
    LocalDate Start,
    LocalDate? End,
    string? Category) : ICaseRecord
{
    /// <summary>The <c>cp_plans</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "cp_plans", "child protection plans (ssd_cp_plans)", "start", "start", "end",
        v => new CpPlan(v.Text("id"), v.Date("start"), v.OptionalDate("end"), v.OptionalText("category")),
        child => child.CpPlans,
        (child, rows) => child with { CpPlans = rows },
        [
            CaseField.Of<CpPlan>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<CpPlan>("start", CaseFieldType.Date, true, "when the plan started", r => r.Start),
            CaseField.Of<CpPlan>("end", CaseFieldType.Date, false, "when the plan ended; null while it is open", r => r.End),
            CaseField.Of<CpPlan>("category", CaseFieldType.Text, false, "the category of abuse", r => r.Category),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
