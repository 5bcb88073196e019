using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>assessments</c>: a child and family assessment, or another kind of assessment (ssd_cin_assessments). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Kind">The kind of assessment, e.g. child and family.</param>
/// <param name="Start">When the assessment started.</param>
/// <param name="Completed">When it was completed; null while it is in progress.</param>
/// <param name="SignedOff">When a manager signed it off.</param>
/// <param name="SignedOffBy">The id of the manager who signed it off. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
/// <param name="Author">The id of the worker who carried it out. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
/// <param name="SharedWithFamily">When it was shared with the family.</param>
/// <param name="Due">The completion date the manager set when it was allocated.</param>
/// <param name="Outcome">Its outcome, as a code, e.g. CIN plan, CP, no further action, concluded early.</param>
/// <param name="ParentSigned">When the parent or carer signed it.</param>
/// <param name="ChildSigned">When the child signed it.</param>
public sealed record Assessment(
    string Id,
    string Kind,
    LocalDate Start,
    LocalDate? Completed,
    LocalDate? SignedOff,
    string? SignedOffBy,
    string? Author,
    LocalDate? SharedWithFamily,
    LocalDate? Due = null,
    string? Outcome = null,
    LocalDate? ParentSigned = null,
    LocalDate? ChildSigned = null) : ICaseRecord
{
    /// <summary>The <c>assessments</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "assessments", "child and family assessments (ssd_cin_assessments)", "completed", "start", "completed",
        v => new Assessment(v.Text("id"), v.Text("kind"), v.Date("start"), v.OptionalDate("completed"), v.OptionalDate("signed_off"), v.OptionalText("signed_off_by"), v.OptionalText("author"), v.OptionalDate("shared_with_family"), v.OptionalDate("due"), v.OptionalText("outcome"), v.OptionalDate("parent_signed"), v.OptionalDate("child_signed")),
        child => child.Assessments,
        (child, rows) => child with { Assessments = rows },
        [
            CaseField.Of<Assessment>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Assessment>("kind", CaseFieldType.Text, true, "the kind of assessment, e.g. child and family", r => r.Kind),
            CaseField.Of<Assessment>("start", CaseFieldType.Date, true, "when the assessment started", r => r.Start),
            CaseField.Of<Assessment>("completed", CaseFieldType.Date, false, "when it was completed; null while it is in progress", r => r.Completed),
            CaseField.Of<Assessment>("signed_off", CaseFieldType.Date, false, "when a manager signed it off", r => r.SignedOff),
            CaseField.Of<Assessment>("signed_off_by", CaseFieldType.Worker, false, "the id of the manager who signed it off", r => r.SignedOffBy),
            CaseField.Of<Assessment>("author", CaseFieldType.Worker, false, "the id of the worker who carried it out", r => r.Author),
            CaseField.Of<Assessment>("shared_with_family", CaseFieldType.Date, false, "when it was shared with the family", r => r.SharedWithFamily),
            CaseField.Of<Assessment>("due", CaseFieldType.Date, false, "the completion date the manager set when it was allocated", r => r.Due),
            CaseField.Of<Assessment>("outcome", CaseFieldType.Text, false, "its outcome, as a code, e.g. CIN plan, CP, no further action, concluded early", r => r.Outcome),
            CaseField.Of<Assessment>("parent_signed", CaseFieldType.Date, false, "when the parent or carer signed it", r => r.ParentSigned),
            CaseField.Of<Assessment>("child_signed", CaseFieldType.Date, false, "when the child signed it", r => r.ChildSigned),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
