using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>documents</c>: a document on the child's record: genogram, chronology, mapping; only its kind and dates, never its content. Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Kind">E.g. genogram, chronology, mapping.</param>
/// <param name="Created">When it was created.</param>
/// <param name="Updated">When it was last updated.</param>
/// <param name="SharedWithFamily">When it was shared with the family.</param>
/// <param name="Due">When it was due, e.g. a court filing deadline (with its time).</param>
/// <param name="SignedOff">When a manager signed it off.</param>
/// <param name="SignedOffBy">The id of the manager who signed it off. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
/// <param name="SignedByFamily">When the family (or the young person) signed it.</param>
/// <param name="Circulated">When it was sent to the family and the professionals involved.</param>
/// <param name="Sent">When it was sent to whoever it is for, e.g. Legal Services, the IRO, the conference chair.</param>
/// <param name="Author">The id of the worker who wrote it. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
/// <param name="Completed">When it was completed, for a document filled in over time.</param>
/// <param name="Signed">Signed and dated by its author where a signature is required; null when not recorded.</param>
/// <param name="OnTemplate">Written on the approved template; null when not recorded.</param>
/// <param name="FamilyParticipated">The child or family took part in writing it (a plan); null when not recorded.</param>
/// <param name="ActionsAssigned">Every action in it names who is responsible (a plan); null when not recorded.</param>
public sealed record Document(
    string Id,
    string Kind,
    LocalDate Created,
    LocalDate? Updated,
    LocalDate? SharedWithFamily,
    RecordedAt? Due = null,
    LocalDate? SignedOff = null,
    string? SignedOffBy = null,
    LocalDate? SignedByFamily = null,
    LocalDate? Circulated = null,
    RecordedAt? Sent = null,
    string? Author = null,
    LocalDate? Completed = null,
    bool? Signed = null,
    bool? OnTemplate = null,
    bool? FamilyParticipated = null,
    bool? ActionsAssigned = null) : ICaseRecord
{
    /// <summary>The <c>documents</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "documents", "documents on the child's record: genogram, chronology, mapping", "created", null, null,
        v => new Document(v.Text("id"), v.Text("kind"), v.Date("created"), v.OptionalDate("updated"), v.OptionalDate("shared_with_family"), v.OptionalAt("due"), v.OptionalDate("signed_off"), v.OptionalText("signed_off_by"), v.OptionalDate("signed_by_family"), v.OptionalDate("circulated"), v.OptionalAt("sent"), v.OptionalText("author"), v.OptionalDate("completed"), v.OptionalFlag("signed"), v.OptionalFlag("on_template"), v.OptionalFlag("family_participated"), v.OptionalFlag("actions_assigned")),
        child => child.Documents,
        (child, rows) => child with { Documents = rows },
        [
            CaseField.Of<Document>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Document>("kind", CaseFieldType.Text, true, "e.g. genogram, chronology, mapping", r => r.Kind),
            CaseField.Of<Document>("created", CaseFieldType.Date, true, "when it was created", r => r.Created),
            CaseField.Of<Document>("updated", CaseFieldType.Date, false, "when it was last updated", r => r.Updated),
            CaseField.Of<Document>("shared_with_family", CaseFieldType.Date, false, "when it was shared with the family", r => r.SharedWithFamily),
            CaseField.Of<Document>("due", CaseFieldType.DateTime, false, "when it was due, e.g. a court filing deadline (with its time)", r => r.Due),
            CaseField.Of<Document>("signed_off", CaseFieldType.Date, false, "when a manager signed it off", r => r.SignedOff),
            CaseField.Of<Document>("signed_off_by", CaseFieldType.Worker, false, "the id of the manager who signed it off", r => r.SignedOffBy),
            CaseField.Of<Document>("signed_by_family", CaseFieldType.Date, false, "when the family (or the young person) signed it", r => r.SignedByFamily),
            CaseField.Of<Document>("circulated", CaseFieldType.Date, false, "when it was sent to the family and the professionals involved", r => r.Circulated),
            CaseField.Of<Document>("sent", CaseFieldType.DateTime, false, "when it was sent to whoever it is for, e.g. Legal Services, the IRO, the conference chair", r => r.Sent),
            CaseField.Of<Document>("author", CaseFieldType.Worker, false, "the id of the worker who wrote it", r => r.Author),
            CaseField.Of<Document>("completed", CaseFieldType.Date, false, "when it was completed, for a document filled in over time", r => r.Completed),
            CaseField.Of<Document>("signed", CaseFieldType.Flag, false, "signed and dated by its author where a signature is required; null when not recorded", r => r.Signed is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Document>("on_template", CaseFieldType.Flag, false, "written on the approved template; null when not recorded", r => r.OnTemplate is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Document>("family_participated", CaseFieldType.Flag, false, "the child or family took part in writing it (a plan); null when not recorded", r => r.FamilyParticipated is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Document>("actions_assigned", CaseFieldType.Flag, false, "every action in it names who is responsible (a plan); null when not recorded", r => r.ActionsAssigned is { } flag ? Boxed.Flag(flag) : null),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
