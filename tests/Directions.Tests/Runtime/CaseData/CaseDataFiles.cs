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
                {"id": "R1", "received": "2025-01-06T09:30", "source": "schools", "outcome": "child and family assessment"}
              ],
              "cin_episodes": [{"id": "E1", "start": "2025-01-06", "end": null, "team": "ASWU-01", "service_area": "Area Social Work Units", "reason": "N1"}],
              "assessments": [{"id": "A1", "kind": "child and family", "start": "2025-01-06", "completed": "2025-01-30", "signed_off": "2025-01-31", "signed_off_by": "W3", "author": "W1", "shared_with_family": "2025-02-03"}],
              "cin_plans": [{"id": "P1", "start": "2025-02-03"}],
              "visits": [
                {"id": "V1", "date": "2025-01-08", "kind": "CIN", "child_seen": true, "child_seen_alone": false, "worker": "W1"},
                {"id": "V2", "date": "2025-02-04T14:15", "kind": "CIN", "child_seen": true, "child_seen_alone": true, "worker": "W1"}
              ],
              "meetings": [{"id": "M1", "date": "2025-02-28T10:00", "kind": "CIN review", "chair": "W2"}],
              "case_notes": [{"id": "N1", "date": "2025-02-05", "kind": "case direction", "topic": "visiting frequency", "author": "W3", "applies_from": "2025-02-05", "applies_until": "2025-03-31"}],
              "documents": [{"id": "D1", "kind": "genogram", "created": "2025-01-20", "updated": "2025-03-01", "shared_with_family": "2025-01-24"}],
              "allocations": [{"id": "AL1", "worker": "W1", "start": "2025-01-06", "end": null, "team": "ASWU-01"}]
            },
            {
              "id": "C2", "disabled": true, "team": "DCSS-01", "service_area": "DCSS",
              "cin_episodes": [{"id": "E2", "start": "2024-03-01", "end": "2025-09-30"}],
              "s47_enquiries": [{"id": "S1", "start": "2024-03-01", "completed": "2024-03-12", "outcome": "ICPC"}],
              "cp_plans": [{"id": "CP1", "start": "2024-03-20", "end": "2024-09-20", "category": "neglect"}],
              "cla_episodes": [{"id": "LA1", "start": "2024-10-01", "end": "2025-09-30", "legal_status": "C2"}],
              "meetings": [{"id": "M2", "date": "2024-03-20", "kind": "ICPC", "chair": "W4"}],
              "cin_plans": [{"id": "P2", "start": "2024-09-20", "end": "2024-10-01"}],
              "allocations": [{"id": "AL2", "worker": "W5", "start": "2024-03-01", "end": "2025-09-30", "team": "DCSS-01"}]
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
