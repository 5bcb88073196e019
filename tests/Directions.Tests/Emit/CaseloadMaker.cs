using System.Collections.Immutable;
using Directions.Runtime.CaseData;
using NodaTime;

namespace Directions.Tests.Emit;

/// <summary>
/// Deterministic random caseloads for comparing compiled and interpreted rules: the same seed always gives
/// the same children. Every table the directions read is filled, with on-time and late visits, rationale
/// notes in and out of force, chairs of every role (and unknown chairs), open and closed periods, times of
/// day on some visits and referrals, and a few empty or missing values.
/// </summary>
public static class CaseloadMaker
{
    private static readonly string[] Roles = ["social worker", "senior social worker", "team manager", "consultant social worker", "IRO", "family support worker"];
    private static readonly string?[] ServiceAreas = ["Area Social Work Units", "DCSS", "First Assessment Service", null];
    private static readonly string[] VisitKinds = ["CIN", "CIN", "CIN", "CP", "CLA", "PF", "cin "];
    private static readonly string[] MeetingKinds = ["CIN review", "CIN review", "family network meeting", "ICPC", "RCPC", "CLA review", "strategy discussion", "core group"];
    private static readonly string[] NoteKinds = ["case direction", "supervision", "management decision", "case direction"];
    private static readonly string?[] Topics = ["visiting frequency", "review frequency", null];
    private static readonly string[] DocumentKinds = ["genogram", "chronology", "mapping", "Mapping"];

    public static Caseload Make(int children, int seed)
    {
        var random = new Random(seed);
        var workers = Enumerable.Range(1, 24).Select(i => new Worker(
            $"W{i}", Roles[random.Next(Roles.Length)], random.Next(4) > 0, random.Next(5) > 0, $"T{i % 4}")).ToImmutableArray();
        var teams = Enumerable.Range(0, 4).Select(i => new Team($"T{i}", ServiceAreas[i])).ToImmutableArray();
        return new Caseload
        {
            Teams = teams,
            Workers = workers,
            Children = [.. Enumerable.Range(1, children).Select(i => Child($"C{i:0000}", random))],
        };
    }

    private static Child Child(string id, Random random)
    {
        var n = 0;
        string Id(string prefix) => $"{id}-{prefix}{++n}";
        LocalDate Day(LocalDate from, int maxDays) => from.PlusDays(random.Next(maxDays + 1));
        RecordedAt At(LocalDate date) => random.Next(3) == 0 ? new RecordedAt(date, new LocalTime(random.Next(24), random.Next(60))) : new RecordedAt(date);
        string? Worker() => random.Next(12) == 0 ? "W99" : random.Next(10) == 0 ? null : $"W{random.Next(1, 25)}";

        var start = Day(new LocalDate(2020, 6, 1), 1700);
        var episodes = new List<CinEpisode>();
        var episodeStart = start;
        for (var e = 0; e < 1 + random.Next(2); e++)
        {
            LocalDate? end = random.Next(3) == 0 ? episodeStart.PlusDays(60 + random.Next(500)) : null;
            episodes.Add(new CinEpisode(Id("E"), episodeStart, end, $"T{random.Next(4)}", ServiceAreas[random.Next(ServiceAreas.Length)], "N1"));
            if (end is null)
                break;
            episodeStart = end.Value.PlusDays(30 + random.Next(200));
        }

        var visits = new List<Visit>();
        for (var date = start.PlusDays(random.Next(10)); date < new LocalDate(2025, 4, 30); date = date.PlusDays(random.Next(10) == 0 ? 30 + random.Next(60) : 5 + random.Next(30)))
            visits.Add(new Visit(Id("V"), At(date), VisitKinds[random.Next(VisitKinds.Length)], random.Next(10) > 0, random.Next(2) == 0, Worker()));

        var meetings = new List<Meeting>();
        for (var date = start.PlusDays(random.Next(40)); date < new LocalDate(2025, 4, 30); date = date.PlusDays(20 + random.Next(120)))
            meetings.Add(new Meeting(Id("M"), At(date), MeetingKinds[random.Next(MeetingKinds.Length)], Worker()));

        var notes = new List<CaseNote>();
        for (var k = random.Next(4); k > 0; k--)
        {
            var date = Day(start, 1500);
            LocalDate? from = random.Next(2) == 0 ? date : null;
            LocalDate? until = random.Next(2) == 0 ? date.PlusDays(30 + random.Next(200)) : null;
            notes.Add(new CaseNote(Id("N"), At(date), NoteKinds[random.Next(NoteKinds.Length)], Topics[random.Next(Topics.Length)], Worker(), from, until));
        }

        var documents = new List<Document>();
        foreach (var kind in DocumentKinds)
        {
            if (random.Next(3) == 0)
                continue;
            var created = Day(start, 120);
            documents.Add(new Document(Id("D"), kind, created, random.Next(2) == 0 ? created.PlusDays(random.Next(400)) : null, random.Next(2) == 0 ? created.PlusDays(random.Next(20)) : null));
        }

        var assessments = new List<Assessment>();
        for (var k = random.Next(3); k > 0; k--)
        {
            var begun = Day(start, 900);
            LocalDate? completed = random.Next(4) == 0 ? null : begun.PlusDays(random.Next(70));
            assessments.Add(new Assessment(Id("A"), random.Next(3) == 0 ? "other" : "child and family", begun, completed,
                completed?.PlusDays(random.Next(5)), Worker(), Worker(), random.Next(2) == 0 ? completed?.PlusDays(random.Next(30)) : null));
        }

        var cinPlans = new List<CinPlan>();
        for (var k = random.Next(3); k > 0; k--)
        {
            var begun = Day(start, 1000);
            cinPlans.Add(new CinPlan(Id("P"), begun, random.Next(2) == 0 ? begun.PlusDays(90 + random.Next(400)) : null));
        }

        var cpPlans = new List<CpPlan>();
        if (random.Next(3) == 0)
        {
            var begun = Day(start, 800);
            cpPlans.Add(new CpPlan(Id("CP"), begun, random.Next(3) > 0 ? begun.PlusDays(60 + random.Next(400)) : null, "neglect"));
        }

        var cla = new List<ClaEpisode>();
        if (random.Next(5) == 0)
        {
            var begun = Day(start, 900);
            cla.Add(new ClaEpisode(Id("L"), begun, random.Next(2) == 0 ? begun.PlusDays(100 + random.Next(300)) : null, "C2"));
        }

        var s47 = new List<S47Enquiry>();
        if (random.Next(4) == 0)
        {
            var begun = Day(start, 900);
            s47.Add(new S47Enquiry(Id("S"), begun, random.Next(3) > 0 ? begun.PlusDays(random.Next(30)) : null, null));
        }

        var referrals = new List<Referral> { new(Id("R"), At(start.PlusDays(-random.Next(10))), "police", null) };
        if (random.Next(3) == 0)
            referrals.Add(new Referral(Id("R"), At(Day(start, 900)), "schools", null));

        return new Child
        {
            Id = id,
            DateOfBirth = random.Next(15) == 0 ? null : new LocalDate(2004 + random.Next(20), 1 + random.Next(12), 1 + random.Next(28)),
            Disabled = random.Next(5) == 0,
            Team = $"T{random.Next(4)}",
            ServiceArea = ServiceAreas[random.Next(ServiceAreas.Length)],
            Referrals = [.. referrals],
            CinEpisodes = [.. episodes],
            Assessments = [.. assessments],
            CinPlans = [.. cinPlans],
            S47Enquiries = [.. s47],
            CpPlans = [.. cpPlans],
            ClaEpisodes = [.. cla],
            Visits = [.. visits],
            Meetings = [.. meetings],
            CaseNotes = [.. notes],
            Documents = [.. documents],
        };
    }
}
