using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>case_notes</c>: a case note, such as a case direction that records a rationale; only its kind, topic, author and dates, never its text. Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Date">When the note was recorded.</param>
/// <param name="Kind">E.g. case direction, supervision, management decision.</param>
/// <param name="Topic">What it is about, as a code, e.g. visiting frequency.</param>
/// <param name="Author">The id of the worker who wrote it. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
/// <param name="AppliesFrom">The first day the note is in force.</param>
/// <param name="AppliesUntil">The last day the note is in force.</param>
/// <param name="Entered">When the note was entered on the case system, when later than its date.</param>
/// <param name="SignedOff">When a manager signed it off.</param>
/// <param name="SignedOffBy">The id of the manager who signed it off. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
/// <param name="AttendeesRecorded">Who was present is recorded; null when not recorded.</param>
/// <param name="SectionsComplete">Every section its template asks for is filled in; null when not recorded.</param>
/// <param name="FieldsComplete">Every field the case system requires for the note is filled in; null when not recorded.</param>
public sealed record CaseNote(
    string Id,
    RecordedAt Date,
    string Kind,
    string? Topic,
    string? Author,
    LocalDate? AppliesFrom,
    LocalDate? AppliesUntil,
    RecordedAt? Entered = null,
    LocalDate? SignedOff = null,
    string? SignedOffBy = null,
    bool? AttendeesRecorded = null,
    bool? SectionsComplete = null,
    bool? FieldsComplete = null) : ICaseRecord
{
    /// <summary>The <c>case_notes</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "case_notes", "case notes, including case directions that record a rationale", "date", "applies_from", "applies_until",
        v => new CaseNote(v.Text("id"), v.At("date"), v.Text("kind"), v.OptionalText("topic"), v.OptionalText("author"), v.OptionalDate("applies_from"), v.OptionalDate("applies_until"), v.OptionalAt("entered"), v.OptionalDate("signed_off"), v.OptionalText("signed_off_by"), v.OptionalFlag("attendees_recorded"), v.OptionalFlag("sections_complete"), v.OptionalFlag("fields_complete")),
        child => child.CaseNotes,
        (child, rows) => child with { CaseNotes = rows },
        [
            CaseField.Of<CaseNote>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<CaseNote>("date", CaseFieldType.DateTime, true, "when the note was recorded", r => r.Date),
            CaseField.Of<CaseNote>("kind", CaseFieldType.Text, true, "e.g. case direction, supervision, management decision", r => r.Kind),
            CaseField.Of<CaseNote>("topic", CaseFieldType.Text, false, "what it is about, as a code, e.g. visiting frequency", r => r.Topic),
            CaseField.Of<CaseNote>("author", CaseFieldType.Worker, false, "the id of the worker who wrote it", r => r.Author),
            CaseField.Of<CaseNote>("applies_from", CaseFieldType.Date, false, "the first day the note is in force", r => r.AppliesFrom),
            CaseField.Of<CaseNote>("applies_until", CaseFieldType.Date, false, "the last day the note is in force", r => r.AppliesUntil),
            CaseField.Of<CaseNote>("entered", CaseFieldType.DateTime, false, "when the note was entered on the case system, when later than its date", r => r.Entered),
            CaseField.Of<CaseNote>("signed_off", CaseFieldType.Date, false, "when a manager signed it off", r => r.SignedOff),
            CaseField.Of<CaseNote>("signed_off_by", CaseFieldType.Worker, false, "the id of the manager who signed it off", r => r.SignedOffBy),
            CaseField.Of<CaseNote>("attendees_recorded", CaseFieldType.Flag, false, "who was present is recorded; null when not recorded", r => r.AttendeesRecorded is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<CaseNote>("sections_complete", CaseFieldType.Flag, false, "every section its template asks for is filled in; null when not recorded", r => r.SectionsComplete is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<CaseNote>("fields_complete", CaseFieldType.Flag, false, "every field the case system requires for the note is filled in; null when not recorded", r => r.FieldsComplete is { } flag ? Boxed.Flag(flag) : null),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
