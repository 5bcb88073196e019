using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>visits</c>: a visit to the child (ssd_cin_visits, ssd_cp_visits, ssd_cla_visits). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Date">When the visit took place.</param>
/// <param name="Kind">CIN, CP, CLA or PF.</param>
/// <param name="ChildSeen">The child was seen.</param>
/// <param name="ChildSeenAlone">The child was seen alone.</param>
/// <param name="Worker">The id of the worker who visited. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
/// <param name="Entered">When the visit was recorded on the case system.</param>
/// <param name="BedroomSeen">The child's bedroom was seen; null when not recorded.</param>
/// <param name="Unannounced">The visit was unannounced; null when not recorded.</param>
/// <param name="Location">Where the child was seen, as a code: home, placement, school, other.</param>
/// <param name="Purpose">Why, as a code, e.g. statutory, meeting preparation, return from missing, request, new referral.</param>
/// <param name="JointWith">The other agency on a joint visit, as a code, e.g. mental health services, police.</param>
/// <param name="NextVisit">The date set for the next visit.</param>
/// <param name="ReasonNotSeenAlone">Why the child was not seen alone, as a code, e.g. too young, declined, parent present.</param>
/// <param name="ChildViews">The record states the views the child expressed; null when not recorded.</param>
/// <param name="Interpreter">An interpreter was used; null when not recorded.</param>
/// <param name="WomanSeenAlone">A mother or female carer was met with no other adult present; null when not recorded.</param>
/// <param name="DaEnquiry">The routine question about domestic abuse was asked; null when not recorded.</param>
/// <param name="FieldsComplete">Every field the case system requires for a visit is filled in; null when not recorded.</param>
public sealed record Visit(
    string Id,
    RecordedAt Date,
    string Kind,
    bool ChildSeen,
    bool ChildSeenAlone,
    string? Worker,
    RecordedAt? Entered = null,
    bool? BedroomSeen = null,
    bool? Unannounced = null,
    string? Location = null,
    string? Purpose = null,
    string? JointWith = null,
    LocalDate? NextVisit = null,
    string? ReasonNotSeenAlone = null,
    bool? ChildViews = null,
    bool? Interpreter = null,
    bool? WomanSeenAlone = null,
    bool? DaEnquiry = null,
    bool? FieldsComplete = null) : ICaseRecord
{
    /// <summary>The <c>visits</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "visits", "visits to the child (ssd_cin_visits, ssd_cp_visits, ssd_cla_visits)", "date", null, null,
        v => new Visit(v.Text("id"), v.At("date"), v.Text("kind"), v.Flag("child_seen"), v.Flag("child_seen_alone"), v.OptionalText("worker"), v.OptionalAt("entered"), v.OptionalFlag("bedroom_seen"), v.OptionalFlag("unannounced"), v.OptionalText("location"), v.OptionalText("purpose"), v.OptionalText("joint_with"), v.OptionalDate("next_visit"), v.OptionalText("reason_not_seen_alone"), v.OptionalFlag("child_views"), v.OptionalFlag("interpreter"), v.OptionalFlag("woman_seen_alone"), v.OptionalFlag("da_enquiry"), v.OptionalFlag("fields_complete")),
        child => child.Visits,
        (child, rows) => child with { Visits = rows },
        [
            CaseField.Of<Visit>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Visit>("date", CaseFieldType.DateTime, true, "when the visit took place", r => r.Date),
            CaseField.Of<Visit>("kind", CaseFieldType.Text, true, "CIN, CP, CLA or PF", r => r.Kind),
            CaseField.Of<Visit>("child_seen", CaseFieldType.Flag, true, "the child was seen", r => Boxed.Flag(r.ChildSeen)),
            CaseField.Of<Visit>("child_seen_alone", CaseFieldType.Flag, true, "the child was seen alone", r => Boxed.Flag(r.ChildSeenAlone)),
            CaseField.Of<Visit>("worker", CaseFieldType.Worker, false, "the id of the worker who visited", r => r.Worker),
            CaseField.Of<Visit>("entered", CaseFieldType.DateTime, false, "when the visit was recorded on the case system", r => r.Entered),
            CaseField.Of<Visit>("bedroom_seen", CaseFieldType.Flag, false, "the child's bedroom was seen; null when not recorded", r => r.BedroomSeen is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Visit>("unannounced", CaseFieldType.Flag, false, "the visit was unannounced; null when not recorded", r => r.Unannounced is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Visit>("location", CaseFieldType.Text, false, "where the child was seen, as a code: home, placement, school, other", r => r.Location),
            CaseField.Of<Visit>("purpose", CaseFieldType.Text, false, "why, as a code, e.g. statutory, meeting preparation, return from missing, request, new referral", r => r.Purpose),
            CaseField.Of<Visit>("joint_with", CaseFieldType.Text, false, "the other agency on a joint visit, as a code, e.g. mental health services, police", r => r.JointWith),
            CaseField.Of<Visit>("next_visit", CaseFieldType.Date, false, "the date set for the next visit", r => r.NextVisit),
            CaseField.Of<Visit>("reason_not_seen_alone", CaseFieldType.Text, false, "why the child was not seen alone, as a code, e.g. too young, declined, parent present", r => r.ReasonNotSeenAlone),
            CaseField.Of<Visit>("child_views", CaseFieldType.Flag, false, "the record states the views the child expressed; null when not recorded", r => r.ChildViews is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Visit>("interpreter", CaseFieldType.Flag, false, "an interpreter was used; null when not recorded", r => r.Interpreter is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Visit>("woman_seen_alone", CaseFieldType.Flag, false, "a mother or female carer was met with no other adult present; null when not recorded", r => r.WomanSeenAlone is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Visit>("da_enquiry", CaseFieldType.Flag, false, "the routine question about domestic abuse was asked; null when not recorded", r => r.DaEnquiry is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Visit>("fields_complete", CaseFieldType.Flag, false, "every field the case system requires for a visit is filled in; null when not recorded", r => r.FieldsComplete is { } flag ? Boxed.Flag(flag) : null),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
