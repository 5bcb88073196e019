using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>meetings</c>: a meeting, review or conference (ssd_cin_reviews, ssd_cp_reviews, ssd_cla_reviews, conferences). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Date">When the meeting was held.</param>
/// <param name="Kind">E.g. CIN review, family network meeting, ICPC.</param>
/// <param name="Chair">The id of the worker who chaired it. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
/// <param name="Scheduled">The date it was first arranged for (before any adjournment).</param>
/// <param name="Adjourned">It was adjourned at least once; null when not recorded.</param>
/// <param name="InvitationsSent">When the invitations were sent.</param>
/// <param name="ConsultationSent">When consultation forms were sent to the key parties.</param>
/// <param name="ReminderSent">When the child was reminded of it.</param>
/// <param name="ReportSharedWithFamily">When the practitioner's report was shared with the family.</param>
/// <param name="ReportToChair">When the practitioner's report reached the chair or IRO.</param>
/// <param name="ReportSignedOffBy">The id of the manager who authorised the practitioner's report. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
/// <param name="FamilyPresent">A parent or carer attended; null when not recorded.</param>
/// <param name="Entered">When the meeting was recorded on the case system.</param>
/// <param name="DecisionsRecorded">When the written record of its decisions was made.</param>
/// <param name="MinutesRecorded">When its full record (minutes) was completed.</param>
/// <param name="MinutesCirculated">When its record was sent to those who attended.</param>
/// <param name="NextMeeting">The date set for the next meeting.</param>
/// <param name="FaceToFace">It was held face to face, not virtually; null when not recorded.</param>
/// <param name="AttendeesRecorded">A record of who attended is kept with it; null when not recorded.</param>
/// <param name="Interpreter">An interpreter was used; null when not recorded.</param>
/// <param name="PolicePresent">The police took part; null when not recorded.</param>
/// <param name="PoliceManagerPresent">A police manager took part; null when not recorded.</param>
/// <param name="SocialCareManagerPresent">A social care manager took part; null when not recorded.</param>
/// <param name="FieldsComplete">Every field the case system requires for the meeting is filled in; null when not recorded.</param>
public sealed record Meeting(
    string Id,
    RecordedAt Date,
    string Kind,
    string? Chair,
    LocalDate? Scheduled = null,
    bool? Adjourned = null,
    LocalDate? InvitationsSent = null,
    LocalDate? ConsultationSent = null,
    LocalDate? ReminderSent = null,
    LocalDate? ReportSharedWithFamily = null,
    LocalDate? ReportToChair = null,
    string? ReportSignedOffBy = null,
    bool? FamilyPresent = null,
    RecordedAt? Entered = null,
    LocalDate? DecisionsRecorded = null,
    LocalDate? MinutesRecorded = null,
    LocalDate? MinutesCirculated = null,
    LocalDate? NextMeeting = null,
    bool? FaceToFace = null,
    bool? AttendeesRecorded = null,
    bool? Interpreter = null,
    bool? PolicePresent = null,
    bool? PoliceManagerPresent = null,
    bool? SocialCareManagerPresent = null,
    bool? FieldsComplete = null) : ICaseRecord
{
    /// <summary>The <c>meetings</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "meetings", "meetings and reviews (ssd_cin_reviews, ssd_cp_reviews, ssd_cla_reviews, conferences)", "date", null, null,
        v => new Meeting(v.Text("id"), v.At("date"), v.Text("kind"), v.OptionalText("chair"), v.OptionalDate("scheduled"), v.OptionalFlag("adjourned"), v.OptionalDate("invitations_sent"), v.OptionalDate("consultation_sent"), v.OptionalDate("reminder_sent"), v.OptionalDate("report_shared_with_family"), v.OptionalDate("report_to_chair"), v.OptionalText("report_signed_off_by"), v.OptionalFlag("family_present"), v.OptionalAt("entered"), v.OptionalDate("decisions_recorded"), v.OptionalDate("minutes_recorded"), v.OptionalDate("minutes_circulated"), v.OptionalDate("next_meeting"), v.OptionalFlag("face_to_face"), v.OptionalFlag("attendees_recorded"), v.OptionalFlag("interpreter"), v.OptionalFlag("police_present"), v.OptionalFlag("police_manager_present"), v.OptionalFlag("social_care_manager_present"), v.OptionalFlag("fields_complete")),
        child => child.Meetings,
        (child, rows) => child with { Meetings = rows },
        [
            CaseField.Of<Meeting>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Meeting>("date", CaseFieldType.DateTime, true, "when the meeting was held", r => r.Date),
            CaseField.Of<Meeting>("kind", CaseFieldType.Text, true, "e.g. CIN review, family network meeting, ICPC", r => r.Kind),
            CaseField.Of<Meeting>("chair", CaseFieldType.Worker, false, "the id of the worker who chaired it", r => r.Chair),
            CaseField.Of<Meeting>("scheduled", CaseFieldType.Date, false, "the date it was first arranged for (before any adjournment)", r => r.Scheduled),
            CaseField.Of<Meeting>("adjourned", CaseFieldType.Flag, false, "it was adjourned at least once; null when not recorded", r => r.Adjourned is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Meeting>("invitations_sent", CaseFieldType.Date, false, "when the invitations were sent", r => r.InvitationsSent),
            CaseField.Of<Meeting>("consultation_sent", CaseFieldType.Date, false, "when consultation forms were sent to the key parties", r => r.ConsultationSent),
            CaseField.Of<Meeting>("reminder_sent", CaseFieldType.Date, false, "when the child was reminded of it", r => r.ReminderSent),
            CaseField.Of<Meeting>("report_shared_with_family", CaseFieldType.Date, false, "when the practitioner's report was shared with the family", r => r.ReportSharedWithFamily),
            CaseField.Of<Meeting>("report_to_chair", CaseFieldType.Date, false, "when the practitioner's report reached the chair or IRO", r => r.ReportToChair),
            CaseField.Of<Meeting>("report_signed_off_by", CaseFieldType.Worker, false, "the id of the manager who authorised the practitioner's report", r => r.ReportSignedOffBy),
            CaseField.Of<Meeting>("family_present", CaseFieldType.Flag, false, "a parent or carer attended; null when not recorded", r => r.FamilyPresent is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Meeting>("entered", CaseFieldType.DateTime, false, "when the meeting was recorded on the case system", r => r.Entered),
            CaseField.Of<Meeting>("decisions_recorded", CaseFieldType.Date, false, "when the written record of its decisions was made", r => r.DecisionsRecorded),
            CaseField.Of<Meeting>("minutes_recorded", CaseFieldType.Date, false, "when its full record (minutes) was completed", r => r.MinutesRecorded),
            CaseField.Of<Meeting>("minutes_circulated", CaseFieldType.Date, false, "when its record was sent to those who attended", r => r.MinutesCirculated),
            CaseField.Of<Meeting>("next_meeting", CaseFieldType.Date, false, "the date set for the next meeting", r => r.NextMeeting),
            CaseField.Of<Meeting>("face_to_face", CaseFieldType.Flag, false, "it was held face to face, not virtually; null when not recorded", r => r.FaceToFace is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Meeting>("attendees_recorded", CaseFieldType.Flag, false, "a record of who attended is kept with it; null when not recorded", r => r.AttendeesRecorded is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Meeting>("interpreter", CaseFieldType.Flag, false, "an interpreter was used; null when not recorded", r => r.Interpreter is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Meeting>("police_present", CaseFieldType.Flag, false, "the police took part; null when not recorded", r => r.PolicePresent is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Meeting>("police_manager_present", CaseFieldType.Flag, false, "a police manager took part; null when not recorded", r => r.PoliceManagerPresent is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Meeting>("social_care_manager_present", CaseFieldType.Flag, false, "a social care manager took part; null when not recorded", r => r.SocialCareManagerPresent is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Meeting>("fields_complete", CaseFieldType.Flag, false, "every field the case system requires for the meeting is filled in; null when not recorded", r => r.FieldsComplete is { } flag ? Boxed.Flag(flag) : null),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
