using System.Collections.Immutable;

namespace Directions.Compiler.Symbols;

/// <summary>
/// The case-data model that vocabulary terms map to. It follows the Standard Safeguarding
/// Dataset (ssd_cin_visits, ssd_cp_plans ...) with friendlier names, plus what the seed policies
/// need and the dataset lacks: case notes with a kind and the period they cover, meeting chairs,
/// and teams and service areas. Field paths in the vocabulary are checked against this schema.
/// </summary>
public sealed class CaseDataSchema
{
    private CaseDataSchema(ImmutableArray<TableSymbol> tables, ImmutableArray<FieldSymbol> childFields, ImmutableArray<FieldSymbol> workerFields)
    {
        Tables = tables;
        ChildFields = childFields;
        WorkerFields = workerFields;
    }

    /// <summary>The schema the runtime's case-data model implements.</summary>
    public static CaseDataSchema Default { get; } = CreateDefault();

    /// <summary>The per-child tables.</summary>
    public ImmutableArray<TableSymbol> Tables { get; }

    /// <summary>Fields of the child itself, as of the check date; cohort terms test these.</summary>
    public ImmutableArray<FieldSymbol> ChildFields { get; }

    /// <summary>Fields of a worker; role terms test these.</summary>
    public ImmutableArray<FieldSymbol> WorkerFields { get; }

    /// <summary>Finds a table by name (case-insensitive).</summary>
    public TableSymbol? FindTable(string name) =>
        Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds a child field by name (case-insensitive).</summary>
    public FieldSymbol? FindChildField(string name) => Find(ChildFields, name);

    /// <summary>Finds a worker field by name (case-insensitive).</summary>
    public FieldSymbol? FindWorkerField(string name) => Find(WorkerFields, name);

    private static FieldSymbol? Find(ImmutableArray<FieldSymbol> fields, string name) =>
        fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static CaseDataSchema CreateDefault()
    {
        static FieldSymbol F(string name, FieldType type, string description) => new(name, type, description);
        static FieldSymbol Id() => F("id", FieldType.Text, "the record's identifier");

        var tables = ImmutableArray.Create(
            new TableSymbol("referrals", "contacts and referrals to children's social care (ssd_cin_episodes referral fields)", "received", null, null, [
                Id(), F("received", FieldType.DateTime, "when the referral was received"),
                F("source", FieldType.Text, "who referred"), F("outcome", FieldType.Text, "the decision on the referral"),
                F("concern", FieldType.Text, "the main concern referred, e.g. neglect, home conditions, home alone"),
                F("decided", FieldType.DateTime, "when a manager decided the next steps"),
                F("decided_by", FieldType.Worker, "the manager who decided the next steps"),
                F("open_case", FieldType.Flag, "it came while the child's case was open"),
                F("recent_closure", FieldType.Flag, "the case had been closed in the 3 months before it")]),
            new TableSymbol("cin_episodes", "episodes of involvement as a child in need (ssd_cin_episodes)", "start", "start", "end", [
                Id(), F("start", FieldType.Date, "when involvement started"), F("end", FieldType.Date, "when the episode closed"),
                F("team", FieldType.Text, "the team holding the case"), F("service_area", FieldType.Text, "the service area, e.g. DCSS"),
                F("reason", FieldType.Text, "the category of need"),
                F("end_reason", FieldType.Text, "why the episode closed, e.g. step down, no further action")]),
            new TableSymbol("assessments", "child and family assessments (ssd_cin_assessments)", "completed", "start", "completed", [
                Id(), F("kind", FieldType.Text, "the kind of assessment"), F("start", FieldType.Date, "when the assessment started"),
                F("completed", FieldType.Date, "when it was completed"), F("signed_off", FieldType.Date, "when a manager signed it off"),
                F("signed_off_by", FieldType.Worker, "the manager who signed it off"), F("author", FieldType.Worker, "who carried it out"),
                F("shared_with_family", FieldType.Date, "when it was shared with the family"),
                F("due", FieldType.Date, "the completion date the manager set"),
                F("outcome", FieldType.Text, "its outcome, e.g. CIN plan, no further action, concluded early"),
                F("parent_signed", FieldType.Date, "when the parent or carer signed it"),
                F("child_signed", FieldType.Date, "when the child signed it")]),
            new TableSymbol("cin_plans", "child in need plans (ssd_cin_plans)", "start", "start", "end", [
                Id(), F("start", FieldType.Date, "when the plan started"), F("end", FieldType.Date, "when the plan ended"),
                F("kind", FieldType.Text, "e.g. CIN, CIN CWD, short breaks"), F("next_review", FieldType.Date, "the review date set in the plan")]),
            new TableSymbol("s47_enquiries", "section 47 enquiries (ssd_s47_enquiry)", "start", "start", "completed", [
                Id(), F("start", FieldType.Date, "when the enquiry started"), F("completed", FieldType.Date, "when it was completed"),
                F("outcome", FieldType.Text, "the outcome"),
                F("strategy_discussion", FieldType.Date, "the date of the strategy discussion that started it"),
                F("joint_investigation", FieldType.Flag, "a joint police and social care investigation")]),
            new TableSymbol("cp_plans", "child protection plans (ssd_cp_plans)", "start", "start", "end", [
                Id(), F("start", FieldType.Date, "when the plan started"), F("end", FieldType.Date, "when the plan ended"),
                F("category", FieldType.Text, "the category of abuse")]),
            new TableSymbol("cla_episodes", "episodes of being looked after (ssd_cla_episodes)", "start", "start", "end", [
                Id(), F("start", FieldType.Date, "when the child became looked after"), F("end", FieldType.Date, "when it ended"),
                F("legal_status", FieldType.Text, "the legal status"),
                F("end_reason", FieldType.Text, "why it ended, e.g. returned home, adopted, turned 18")]),
            new TableSymbol("visits", "visits to the child (ssd_cin_visits, ssd_cp_visits, ssd_cla_visits)", "date", null, null, [
                Id(), F("date", FieldType.DateTime, "when the visit took place"), F("kind", FieldType.Text, "CIN, CP, CLA or PF"),
                F("child_seen", FieldType.Flag, "the child was seen"), F("child_seen_alone", FieldType.Flag, "the child was seen alone"),
                F("worker", FieldType.Worker, "who visited"),
                F("entered", FieldType.DateTime, "when the visit was recorded on the case system"),
                F("bedroom_seen", FieldType.Flag, "the child's bedroom was seen"), F("unannounced", FieldType.Flag, "the visit was unannounced"),
                F("location", FieldType.Text, "where the child was seen: home, placement, school, other"),
                F("purpose", FieldType.Text, "why, e.g. statutory, meeting preparation, return from missing"),
                F("joint_with", FieldType.Text, "the other agency on a joint visit, e.g. mental health services"),
                F("next_visit", FieldType.Date, "the date set for the next visit"),
                F("reason_not_seen_alone", FieldType.Text, "why the child was not seen alone, as a code"),
                F("child_views", FieldType.Flag, "the record states the child's views"), F("interpreter", FieldType.Flag, "an interpreter was used"),
                F("woman_seen_alone", FieldType.Flag, "a mother or female carer was met with no other adult present"),
                F("da_enquiry", FieldType.Flag, "the routine domestic abuse question was asked"),
                F("fields_complete", FieldType.Flag, "every field the case system requires is filled in")]),
            new TableSymbol("meetings", "meetings and reviews (ssd_cin_reviews, ssd_cp_reviews, ssd_cla_reviews, conferences)", "date", null, null, [
                Id(), F("date", FieldType.DateTime, "when the meeting was held"), F("kind", FieldType.Text, "e.g. CIN review, family network meeting"),
                F("chair", FieldType.Worker, "who chaired it"),
                F("scheduled", FieldType.Date, "the date it was first arranged for"), F("adjourned", FieldType.Flag, "it was adjourned"),
                F("invitations_sent", FieldType.Date, "when the invitations were sent"),
                F("consultation_sent", FieldType.Date, "when consultation forms were sent"),
                F("reminder_sent", FieldType.Date, "when the child was reminded of it"),
                F("report_shared_with_family", FieldType.Date, "when the practitioner's report was shared with the family"),
                F("report_to_chair", FieldType.Date, "when the practitioner's report reached the chair or IRO"),
                F("report_signed_off_by", FieldType.Worker, "the manager who authorised the practitioner's report"),
                F("family_present", FieldType.Flag, "a parent or carer attended"),
                F("entered", FieldType.DateTime, "when the meeting was recorded on the case system"),
                F("decisions_recorded", FieldType.Date, "when the written record of its decisions was made"),
                F("minutes_recorded", FieldType.Date, "when its full record was completed"),
                F("minutes_circulated", FieldType.Date, "when its record was sent to those who attended"),
                F("next_meeting", FieldType.Date, "the date set for the next meeting"),
                F("face_to_face", FieldType.Flag, "it was held face to face"),
                F("attendees_recorded", FieldType.Flag, "a record of who attended is kept"),
                F("interpreter", FieldType.Flag, "an interpreter was used"), F("police_present", FieldType.Flag, "the police took part"),
                F("police_manager_present", FieldType.Flag, "a police manager took part"),
                F("social_care_manager_present", FieldType.Flag, "a social care manager took part"),
                F("fields_complete", FieldType.Flag, "every field the case system requires is filled in")]),
            new TableSymbol("case_notes", "case notes, including case directions that record a rationale", "date", "applies_from", "applies_until", [
                Id(), F("date", FieldType.DateTime, "when the note was recorded"), F("kind", FieldType.Text, "e.g. case direction, supervision"),
                F("topic", FieldType.Text, "what it is about, e.g. visiting frequency"), F("author", FieldType.Worker, "who wrote it"),
                F("applies_from", FieldType.Date, "the first day the note is in force"), F("applies_until", FieldType.Date, "the last day the note is in force"),
                F("entered", FieldType.DateTime, "when the note was entered on the case system"),
                F("signed_off", FieldType.Date, "when a manager signed it off"),
                F("signed_off_by", FieldType.Worker, "the manager who signed it off"),
                F("attendees_recorded", FieldType.Flag, "who was present is recorded"),
                F("sections_complete", FieldType.Flag, "every section its template asks for is filled in"), F("fields_complete", FieldType.Flag, "every field the case system requires is filled in")]),
            new TableSymbol("documents", "documents on the child's record: genogram, chronology, mapping", "created", null, null, [
                Id(), F("kind", FieldType.Text, "e.g. genogram, chronology"), F("created", FieldType.Date, "when it was created"),
                F("updated", FieldType.Date, "when it was last updated"), F("shared_with_family", FieldType.Date, "when it was shared with the family"),
                F("due", FieldType.DateTime, "when it was due, e.g. a court filing deadline"),
                F("signed_off", FieldType.Date, "when a manager signed it off"),
                F("signed_off_by", FieldType.Worker, "the manager who signed it off"),
                F("signed_by_family", FieldType.Date, "when the family or young person signed it"),
                F("circulated", FieldType.Date, "when it was sent to the family and professionals"),
                F("sent", FieldType.DateTime, "when it was sent to whoever it is for, e.g. Legal Services"),
                F("author", FieldType.Worker, "who wrote it"), F("completed", FieldType.Date, "when it was completed"),
                F("signed", FieldType.Flag, "signed and dated by its author"), F("on_template", FieldType.Flag, "written on the approved template"),
                F("family_participated", FieldType.Flag, "the child or family took part in writing it"),
                F("actions_assigned", FieldType.Flag, "every action names who is responsible")]),
            new TableSymbol("allocations", "allocations of a worker to the child", "start", "start", "end", [
                Id(), F("worker", FieldType.Worker, "the allocated worker"), F("start", FieldType.Date, "when the allocation started"),
                F("end", FieldType.Date, "when it ended"), F("team", FieldType.Text, "the worker's team"),
                F("role", FieldType.Text, "the worker's part: lead, co-worker, IRO, personal adviser"),
                F("decided_by", FieldType.Worker, "the manager who decided the allocation")]),
            new TableSymbol("placements", "placements of a looked-after child (ssd_cla_placement)", "start", "start", "end", [
                Id(), F("start", FieldType.DateTime, "when the placement started"), F("end", FieldType.Date, "when it ended"),
                F("kind", FieldType.Text, "e.g. foster, connected carer, placed with parents, residential"),
                F("emergency", FieldType.Flag, "an emergency (unplanned) placement"),
                F("out_of_area", FieldType.Flag, "outside the local authority's area"),
                F("permanence_agreed", FieldType.Date, "when it was formally agreed as permanent"),
                F("carer_approved", FieldType.Date, "when a temporarily approved carer was approved")]),
            new TableSymbol("legal_statuses", "periods under a legal status, order or proceedings (ssd_legal_status, ssd_pre_proceedings)", "start", "start", "end", [
                Id(), F("kind", FieldType.Text, "e.g. s20, ICO, care order, placement order, PLO, care proceedings, eligible"),
                F("start", FieldType.Date, "when it started"), F("end", FieldType.Date, "when it ended")]),
            new TableSymbol("missing_episodes", "episodes of the child going missing (ssd_missing)", "start", null, null, [
                Id(), F("start", FieldType.DateTime, "when the child went missing"), F("returned", FieldType.DateTime, "when the child came back")]),
            new TableSymbol("consents", "consents sought from a parent, young person or household member", "date", null, null, [
                Id(), F("date", FieldType.Date, "when it was given or refused"),
                F("scope", FieldType.Text, "e.g. assessment, information sharing, onward referral, medical"),
                F("given_by", FieldType.Text, "who: parent, young person, household member"), F("refused", FieldType.Flag, "consent was refused")]),
            new TableSymbol("private_fostering", "private fostering arrangements the local authority was notified of", "notified", "start", "end", [
                Id(), F("notified", FieldType.Date, "when the local authority was first notified"),
                F("start", FieldType.Date, "when the arrangement started"), F("end", FieldType.Date, "when it ended")]),
            new TableSymbol("transfers", "transfers of the case between teams or services, and steps up or down", "date", null, null, [
                Id(), F("date", FieldType.Date, "when the case transferred"), F("kind", FieldType.Text, "between teams, step down, step up, transfer in"),
                F("from_team", FieldType.Text, "the team it left"), F("to_team", FieldType.Text, "the team it went to"),
                F("signed_off", FieldType.Date, "when the transferring manager authorised the checklist"),
                F("signed_off_by", FieldType.Worker, "the manager who authorised the checklist"),
                F("expert_work", FieldType.Flag, "the care plan has expert work that needs funding")]),
            new TableSymbol("chronology_entries", "entries in the child's chronology (kind and dates only)", "date", null, null, [
                Id(), F("date", FieldType.Date, "the date of the event it records"), F("added", FieldType.Date, "when the entry was written"),
                F("kind", FieldType.Text, "e.g. allocation, allocation ended, conference, assessment outcome")]),
            new TableSymbol("agency_contacts", "requests for information from, sharing with, and referrals to other agencies", "date", null, null, [
                Id(), F("date", FieldType.Date, "when it was made"), F("kind", FieldType.Text, "information request, information share, onward referral"),
                F("agency", FieldType.Text, "the other agency, e.g. health, school, police"),
                F("child_protection", FieldType.Flag, "it was about a child protection concern"),
                F("consent", FieldType.Date, "when the consent covering it was given")]),
            new TableSymbol("household_members", "members of the child's household (ids and dates only)", "joined", null, null, [
                Id(), F("relationship", FieldType.Text, "e.g. mother, sibling, lodger"), F("date_of_birth", FieldType.Date, "their date of birth"),
                F("age", FieldType.Duration, "their age on the check date"), F("joined", FieldType.Date, "when they joined the household"),
                F("consent", FieldType.Date, "when their own consent to share information was recorded"),
                F("assessed", FieldType.Date, "when their own child and family assessment was completed")]),
            new TableSymbol("payments", "payments made for the child (kind and dates only)", "start", "start", "end", [
                Id(), F("start", FieldType.Date, "when it started"), F("end", FieldType.Date, "when it stopped"),
                F("kind", FieldType.Text, "e.g. section 17, allowance")]));

        ImmutableArray<FieldSymbol> child = [
            Id(), F("date_of_birth", FieldType.Date, "the child's date of birth"), F("age", FieldType.Duration, "the child's age on the check date"),
            F("disabled", FieldType.Flag, "the child has a recorded disability"), F("team", FieldType.Text, "the team holding the case"),
            F("service_area", FieldType.Text, "the service area holding the case, e.g. DCSS"),
            F("parental_mental_health", FieldType.Flag, "a parent has known or suspected mental health issues"),
            F("interpreter_needed", FieldType.Flag, "the child's or parents' first language is not English and an interpreter is needed"),
            F("higher_education", FieldType.Flag, "the young person is in higher education (a care leaver up to 25)"),
            F("open_for", FieldType.Duration, "how long the current episode has been open on the check date")];

        ImmutableArray<FieldSymbol> worker = [
            Id(), F("role", FieldType.Text, "job role, e.g. social worker, team manager, IRO"),
            F("qualified", FieldType.Flag, "holds a social work qualification"),
            F("registered", FieldType.Flag, "registered with Social Work England"), F("team", FieldType.Text, "the worker's team")];

        return new CaseDataSchema(tables, child, worker);
    }
}
