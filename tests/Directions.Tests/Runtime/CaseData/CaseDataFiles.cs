using System.Text;

namespace Directions.Tests.Runtime.CaseData;

/// <summary>Files the case-data tests read: the repository's sample and schema, and a small hand-written caseload.</summary>
internal static class CaseDataFiles
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directions.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"No Directions.sln in {AppContext.BaseDirectory} or any folder above it.");
    });

    public static string Root => LazyRoot.Value;

    public static string SamplePath => Path.Combine(Root, "directions", "cases", "sample-caseload.json");

    public static string SchemaPath => Path.Combine(Root, "runtime", "schema", "caseload.schema.json");

    /// <summary>
    /// A small caseload using every table and field. Tests quote its line numbers: workers[0] is
    /// on line 11, children[0] opens on line 18 (its fields on 19), visits[0] and [1] are on lines
    /// 27 and 28, meetings[0] on 30, case_notes[0] on 31, children[1] opens on line 35.
    /// </summary>
    public const string Small = """
        {
          "format": "directions-caseload",
          "version": 1,
          "extracted": "2025-10-01",
          "teams": [
            {"id": "ASWU-01", "service_area": "Area Social Work Units"},
            {"id": "DCSS-01", "service_area": "DCSS"},
            {"id": "IRS-01", "service_area": "Independent Reviewing Service"}
          ],
          "workers": [
            {"id": "W1", "role": "social worker", "qualified": true, "registered": true, "team": "ASWU-01"},
            {"id": "W2", "role": "family support worker", "qualified": false, "registered": false, "team": "ASWU-01"},
            {"id": "W3", "role": "team manager", "qualified": true, "registered": true, "team": "ASWU-01"},
            {"id": "W4", "role": "IRO", "qualified": true, "registered": true, "team": "IRS-01"},
            {"id": "W5", "role": "social worker", "qualified": true, "registered": false}
          ],
          "children": [
            {
              "id": "C1", "date_of_birth": "2015-03-31", "disabled": false, "team": "ASWU-01", "service_area": "Area Social Work Units",
              "referrals": [
                {"id": "R1", "received": "2025-01-06T09:30", "source": "schools", "outcome": "child and family assessment", "concern": "neglect", "decided": "2025-01-06T15:00", "decided_by": "W3", "open_case": false, "recent_closure": false}
              ],
              "cin_episodes": [{"id": "E1", "start": "2025-01-06", "end": null, "team": "ASWU-01", "service_area": "Area Social Work Units", "reason": "N1", "end_reason": null}],
              "assessments": [{"id": "A1", "kind": "child and family", "start": "2025-01-06", "completed": "2025-01-30", "signed_off": "2025-01-31", "signed_off_by": "W3", "author": "W1", "shared_with_family": "2025-02-03", "due": "2025-02-14", "outcome": "CIN plan", "parent_signed": "2025-02-03", "child_signed": "2025-02-03"}],
              "cin_plans": [{"id": "P1", "start": "2025-02-03"}],
              "visits": [
                {"id": "V1", "date": "2025-01-08", "kind": "CIN", "child_seen": true, "child_seen_alone": false, "worker": "W1"},
                {"id": "V2", "date": "2025-02-04T14:15", "kind": "CIN", "child_seen": true, "child_seen_alone": true, "worker": "W1", "entered": "2025-02-05T09:00", "bedroom_seen": true, "unannounced": false, "location": "home", "purpose": "statutory", "joint_with": "health visitor", "next_visit": "2025-03-04", "reason_not_seen_alone": "declined", "child_views": true, "interpreter": false, "woman_seen_alone": true, "da_enquiry": true, "fields_complete": true}
              ],
              "meetings": [{"id": "M1", "date": "2025-02-28T10:00", "kind": "CIN review", "chair": "W2", "scheduled": "2025-02-27", "adjourned": true, "invitations_sent": "2025-02-03", "consultation_sent": "2025-02-03", "reminder_sent": "2025-01-15", "report_shared_with_family": "2025-02-25", "report_to_chair": "2025-02-24", "report_signed_off_by": "W3", "family_present": true, "entered": "2025-03-03T11:00", "decisions_recorded": "2025-03-04", "minutes_recorded": "2025-03-10", "minutes_circulated": "2025-03-12", "next_meeting": "2025-05-28", "face_to_face": true, "attendees_recorded": true, "interpreter": false, "police_present": false, "police_manager_present": false, "social_care_manager_present": true, "fields_complete": false}],
              "case_notes": [{"id": "N1", "date": "2025-02-05", "kind": "case direction", "topic": "visiting frequency", "author": "W3", "applies_from": "2025-02-05", "applies_until": "2025-03-31", "entered": "2025-02-06T16:45", "signed_off": "2025-02-07", "signed_off_by": "W3", "attendees_recorded": true, "sections_complete": true, "fields_complete": true}],
              "documents": [{"id": "D1", "kind": "genogram", "created": "2025-01-20", "updated": "2025-03-01", "shared_with_family": "2025-01-24", "due": "2025-01-31T16:00", "signed_off": "2025-01-21", "signed_off_by": "W3", "signed_by_family": "2025-01-24", "circulated": "2025-01-27", "sent": "2025-01-27T10:30", "author": "W1", "completed": "2025-01-21", "signed": true, "on_template": true, "family_participated": true, "actions_assigned": false}],
              "allocations": [{"id": "AL1", "worker": "W1", "start": "2025-01-06", "end": null, "team": "ASWU-01", "role": "lead", "decided_by": "W3"}]
            },
            {
              "id": "C2", "disabled": true, "team": "DCSS-01", "service_area": "DCSS", "parental_mental_health": true, "interpreter_needed": false, "higher_education": false,
              "cin_episodes": [{"id": "E2", "start": "2024-03-01", "end": "2025-09-30", "end_reason": "step down"}],
              "s47_enquiries": [{"id": "S1", "start": "2024-03-01", "completed": "2024-03-12", "outcome": "ICPC", "strategy_discussion": "2024-03-01", "joint_investigation": true}],
              "cp_plans": [{"id": "CP1", "start": "2024-03-20", "end": "2024-09-20", "category": "neglect"}],
              "cla_episodes": [{"id": "LA1", "start": "2024-10-01", "end": "2025-09-30", "legal_status": "C2", "end_reason": "returned home"}],
              "meetings": [{"id": "M2", "date": "2024-03-20", "kind": "ICPC", "chair": "W4"}],
              "cin_plans": [{"id": "P2", "start": "2024-09-20", "end": "2024-10-01", "kind": "CIN", "next_review": "2024-10-20"}],
              "allocations": [{"id": "AL2", "worker": "W5", "start": "2024-03-01", "end": "2025-09-30", "team": "DCSS-01"}],
              "placements": [{"id": "PL1", "start": "2024-10-01T17:30", "end": "2025-09-30", "kind": "foster", "emergency": true, "out_of_area": false, "permanence_agreed": "2025-02-01", "carer_approved": "2024-12-01"}],
              "legal_statuses": [{"id": "LS1", "kind": "ICO", "start": "2024-10-01", "end": "2025-03-01"}],
              "missing_episodes": [{"id": "MI1", "start": "2025-01-10T22:00", "returned": "2025-01-11T08:30"}],
              "consents": [{"id": "CO1", "date": "2024-03-01", "scope": "information sharing", "given_by": "parent", "refused": false}],
              "private_fostering": [{"id": "PF1", "notified": "2024-02-20", "start": "2024-02-15", "end": "2024-03-01"}],
              "transfers": [{"id": "T1", "date": "2024-04-01", "kind": "between teams", "from_team": "ASWU-01", "to_team": "DCSS-01", "signed_off": "2024-03-28", "signed_off_by": "W3", "expert_work": false}],
              "chronology_entries": [{"id": "CH1", "date": "2024-03-20", "added": "2024-03-22", "kind": "conference"}],
              "agency_contacts": [{"id": "AC1", "date": "2024-03-05", "kind": "information share", "agency": "health", "child_protection": true, "consent": "2024-03-01"}],
              "household_members": [{"id": "H1", "relationship": "mother", "date_of_birth": "1990-05-01", "joined": "2015-03-31", "consent": "2024-03-01", "assessed": null}, {"id": "H2", "relationship": "sibling", "date_of_birth": "2012-06-01", "joined": "2012-06-01", "assessed": "2024-03-25"}],
              "payments": [{"id": "PY1", "start": "2024-10-01", "end": "2025-09-30", "kind": "allowance"}]
            }
          ]
        }
        """;

    /// <summary><see cref="Small"/> with one piece of text replaced (which must occur exactly once).</summary>
    public static string SmallWith(string find, string replacement)
    {
        var at = Small.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || Small.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"'{find}' must occur exactly once in the small caseload.", nameof(find));
        return new StringBuilder(Small).Remove(at, find.Length).Insert(at, replacement).ToString();
    }
}
