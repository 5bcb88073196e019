using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>cin_plans</c>: a child in need plan (ssd_cin_plans). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Start">When the plan started.</param>
/// <param name="End">When the plan ended; null while it is open.</param>
/// <param name="Kind">The kind of plan, as a code, e.g. CIN, CIN CWD, short breaks.</param>
/// <param name="NextReview">The review date set in the plan.</param>
public sealed record CinPlan(
    string Id,
    LocalDate Start,
    LocalDate? End,
    string? Kind = null,
    LocalDate? NextReview = null) : ICaseRecord
{
    /// <summary>The <c>cin_plans</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "cin_plans", "child in need plans (ssd_cin_plans)", "start", "start", "end",
        v => new CinPlan(v.Text("id"), v.Date("start"), v.OptionalDate("end"), v.OptionalText("kind"), v.OptionalDate("next_review")),
        child => child.CinPlans,
        (child, rows) => child with { CinPlans = rows },
        [
            CaseField.Of<CinPlan>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<CinPlan>("start", CaseFieldType.Date, true, "when the plan started", r => r.Start),
            CaseField.Of<CinPlan>("end", CaseFieldType.Date, false, "when the plan ended; null while it is open", r => r.End),
            CaseField.Of<CinPlan>("kind", CaseFieldType.Text, false, "the kind of plan, as a code, e.g. CIN, CIN CWD, short breaks", r => r.Kind),
            CaseField.Of<CinPlan>("next_review", CaseFieldType.Date, false, "the review date set in the plan", r => r.NextReview),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
