using Directions.Cli.Commands;
using Directions.Cli.Generation;
using Directions.Runtime.CaseData;
using Directions.Runtime.Loading;
using NodaTime;

namespace Directions.Tests.Runtime.CaseData;

public sealed class CaseloadGeneratorTests
{
    private static readonly Lazy<Caseload> Sample = new(() => new JsonCaseDataSource(CaseDataFiles.SamplePath).Load().Caseload);

    private static string Generate(int children, int seed) =>
        CaseloadGenerator.Generate(new CaseloadGeneratorOptions(children, seed, CaseloadGenerator.DefaultAsOf));

    [Fact]
    public void The_same_seed_gives_byte_identical_output()
    {
        var first = Generate(120, 7);
        var second = Generate(120, 7);

        Assert.Equal(first, second);
        Assert.NotEqual(first, Generate(120, 8));
        Assert.DoesNotContain("\r", first);
    }

    [Fact]
    public void The_committed_sample_is_what_the_generator_makes_from_seed_2025()
    {
        var committed = File.ReadAllText(CaseDataFiles.SamplePath).ReplaceLineEndings("\n");
        Assert.True(committed == Generate(500, 2025),
            "directions/cases/sample-caseload.json is out of date: run `directions generate --children 500 --seed 2025 --out directions/cases/sample-caseload.json`.");
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(300, 99)]
    [InlineData(800, 4)]
    public void Generated_caseloads_load_with_no_errors_and_nothing_unknown(int children, int seed)
    {
        var result = JsonCaseDataSource.FromText(Generate(children, seed), "generated.json").Load();

        Assert.False(result.HasUnknownData, string.Join("\n", result.Describe()));
        Assert.Equal(children, result.Caseload.Children.Length);
        Assert.Equal(CaseloadGenerator.DefaultAsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            result.Caseload.Extracted?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void No_record_is_dated_after_the_as_of_date()
    {
        var asOf = new LocalDate(2025, 10, 1);
        foreach (var child in Sample.Value.Children)
        {
            foreach (var table in CaseDataModel.Tables)
            {
                foreach (var row in table.RowsOf(child))
                {
                    // Planned dates (the next visit, a due date) may fall after it; what happened may not.
                    foreach (var field in table.Fields.Where(f => !f.IsComputed && f.Name is not ("applies_until" or "next_visit" or "next_review" or "next_meeting" or "due")))
                    {
                        var date = field.Read(row) switch
                        {
                            LocalDate d => d,
                            RecordedAt at => at.Date,
                            _ => (LocalDate?)null,
                        };
                        Assert.True(date is null || date <= asOf, $"{row.Id}.{field.Name} is {date}");
                    }
                }
            }
        }
    }

    [Fact]
    public void The_sample_holds_a_realistic_mix()
    {
        var caseload = Sample.Value;
        var children = caseload.Children;
        int Count(Func<Child, bool> test) => children.Count(test);

        // Most children are in need only; some have had a CP plan (most of whom stepped down to a CIN plan); some are looked after.
        var cp = Count(c => c.CpPlans.Length > 0);
        var cla = Count(c => c.ClaEpisodes.Any(e => e.LegalStatus is not ("V3" or "V4")));
        var cinOnly = Count(c => c.CpPlans.Length == 0 && c.ClaEpisodes.All(e => e.LegalStatus is "V3" or "V4"));
        Assert.InRange(cinOnly, 300, 400);
        Assert.InRange(cp, 40, 100);
        Assert.InRange(cla, 30, 70);
        Assert.InRange(Count(c => c.CpPlans.Any(p => p.End is { } end && c.CinPlans.Any(plan => plan.Start == end))), 10, cp);
        Assert.InRange(Count(c => c.ServiceArea == "DCSS"), 50, 110);
        Assert.InRange(Count(c => c.ServiceArea == "DCSS" && c.OpenFor(new LocalDate(2025, 10, 1)) is { } open && open.Years >= 1), 20, 100);

        // Every team is of a known service area; workers are of several roles, a few unqualified or unregistered.
        Assert.Equal(
            [
                "Area Social Work Units", "Children in Care", "Children with Disabilities", "Children with Disability Team", "Children's Safeguarding Service",
                "DCSS", "First Assessment Service", "Independent Reviewing Service", "Leaving Care",
            ],
            caseload.Teams.Select(t => t.ServiceArea).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(
            ["CIN key worker", "IRO", "consultant social worker", "family support worker", "personal adviser", "senior social worker", "social worker", "student social worker", "team manager"],
            caseload.Workers.Select(w => w.Role).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(caseload.Workers, w => w.Qualified && !w.Registered);

        // Visits: mostly 2 to 4 weeks apart, some longer with a case direction in force, some late with none.
        var gaps = children.SelectMany(c => CinVisitGaps(c)).ToList();
        var onTime = gaps.Count(g => g.Days <= 28);
        Assert.InRange(onTime / (double)gaps.Count, 0.6, 0.9);
        Assert.Contains(gaps, g => g.Days is > 28 and <= 42 && g.Covered);
        Assert.Contains(gaps, g => g.Days is > 28 and <= 42 && !g.Covered);
        Assert.Contains(gaps, g => g.Days > 42);
        Assert.Contains(children, c => c.Visits.Any(v => !v.ChildSeen));

        // CIN reviews, chaired mostly by qualified workers, sometimes by an unqualified worker or with no chair recorded.
        var reviews = children.SelectMany(c => c.Meetings).Where(m => m.Kind == "CIN review").ToList();
        Assert.NotEmpty(reviews);
        var unqualified = reviews.Count(m => m.Chair is { } chair && !caseload.FindWorker(chair)!.Qualified);
        Assert.InRange(unqualified / (double)reviews.Count, 0.05, 0.25);
        Assert.Contains(reviews, m => m.Chair is null);

        // Family network meetings: mostly within 12 weeks, some later, some never.
        var fnm = children.Select(c => c.Meetings.Where(m => m.Kind == "family network meeting").Select(m => (int?)Period.Between(c.CinEpisodes[0].Start, m.Date.Date, PeriodUnits.Days).Days).FirstOrDefault()).ToList();
        Assert.True(fnm.Count(d => d <= 84) > fnm.Count(d => d > 84));
        Assert.Contains(fnm, d => d > 84);
        Assert.Contains(fnm, d => d is null);

        // Assessments: mostly within 20 working days, some late, some not shared with a reason recorded.
        var assessments = children.SelectMany(c => c.Assessments).Where(a => a.Kind == "child and family").ToList();
        Assert.Equal(["child and family", "needs assessment", "placement with parents"], children.SelectMany(c => c.Assessments).Select(a => a.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(assessments, a => a.Completed is { } done && Period.Between(a.Start, done, PeriodUnits.Days).Days > 35);
        Assert.Contains(assessments, a => a.Completed is not null && a.SharedWithFamily is null);
        Assert.Contains(children, c => c.CaseNotes.Any(n => n.Topic == "sharing with family"));

        // Documents and other meetings and notes the vocabulary knows.
        Assert.Subset(
            children.SelectMany(c => c.Documents).Select(d => d.Kind).ToHashSet(),
            new HashSet<string>(["case summary", "chronology", "consent form", "genogram", "mapping", "young person consent form", "care plan", "CIN plan", "conference report", "review record", "pathway plan"]));
        Assert.Subset(
            children.SelectMany(c => c.Meetings).Select(m => m.Kind).ToHashSet(),
            new HashSet<string>(["CIN review", "CLA review", "ICPC", "RCPC", "core group", "family network meeting", "initial CIN meeting", "reflective case supervision", "strategy discussion",
             "supervision", "short breaks review", "placement meeting", "SUSD panel", "locality meeting"]));
        Assert.Subset(
            children.SelectMany(c => c.CaseNotes).Select(n => n.Kind).ToHashSet(),
            new HashSet<string>(["case direction", "case note", "closure", "complaints information", "management decision", "supervision", "views of child", "views of parents",
             "distribution", "IRO contact", "review consultation", "case note summary", "visit request"]));

        // Stoke-on-Trent's and Bristol 2025's records: every table of the model has rows; placements for
        // looked-after children; a few privately fostered children and care leavers.
        Assert.All(CaseDataModel.Tables, t => Assert.Contains(children, c => t.RowsOf(c).Count > 0));
        Assert.InRange(Count(c => c.Placements.Length > 0), 30, 80);
        Assert.Contains(children, c => c.Placements.Any(p => p.Emergency == true));
        Assert.InRange(Count(c => c.PrivateFostering.Length > 0), 5, 40);
        Assert.Contains(children, c => c.LegalStatuses.Any(l => l.Kind == "former relevant") && c.Visits.Any(v => v.Kind == "PA"));
        Assert.Contains(children, c => c.Visits.Any(v => v.Entered is { } entered && entered.Date > v.Date.Date.PlusDays(3)));

        // Slough's and seed 004's records: consent mostly given, some late or not sought, some missing;
        // the manager's notes on an assessment; supervision notes on the review frequency in the
        // Children with Disability Team; assessments signed off and extensions authorised by consultant social workers.
        var consented = Count(c => c.Documents.Any(d => d.Kind == "consent form"));
        Assert.InRange(consented, 300, 480);
        Assert.Contains(children, c => c.Documents.All(d => d.Kind != "consent form") && c.CaseNotes.All(n => n.Topic != "consent not sought"));
        var topics = children.SelectMany(c => c.CaseNotes).Select(n => n.Topic).OfType<string>().ToHashSet();
        foreach (var topic in new[] { "consent not sought", "parents informed of s47", "assessment extension", "assessment timescale", "assessment progress review" })
            Assert.Contains(topic, topics);
        Assert.Contains(children, c => c.ServiceArea == "Children with Disability Team" && c.CaseNotes.Any(n => n.Kind == "supervision" && n.Topic == "review frequency"));
        Assert.InRange(Count(c => c.ServiceArea == "Children with Disability Team"), 15, 60);
        bool Consultant(string? worker) => worker is not null && caseload.FindWorker(worker)!.Role == "consultant social worker";
        var signedOff = assessments.Where(a => a.SignedOffBy is not null).ToList();
        Assert.InRange(signedOff.Count(a => Consultant(a.SignedOffBy)) / (double)signedOff.Count, 0.3, 0.7);
        var extensions = children.SelectMany(c => c.CaseNotes).Where(n => n.Topic == "assessment extension").ToList();
        Assert.Contains(extensions, n => Consultant(n.Author));
        Assert.Contains(extensions, n => !Consultant(n.Author));
        Assert.Equal(["CIN", "CLA", "CP", "PA", "PF", "supervised family time"], children.SelectMany(c => c.Visits).Select(v => v.Kind).Distinct().Order(StringComparer.Ordinal));
    }

    private static IEnumerable<(int Days, bool Covered)> CinVisitGaps(Child child)
    {
        var seen = child.Visits.Where(v => v.Kind == "CIN" && v.ChildSeen).Select(v => v.Date.Date).ToList();
        var directions = child.CaseNotes.Where(n => n.Kind == "case direction" && n.AppliesFrom is not null).ToList();
        for (var i = 1; i < seen.Count; i++)
        {
            var days = Period.Between(seen[i - 1], seen[i], PeriodUnits.Days).Days;
            var due = seen[i - 1].PlusDays(28);
            var covered = directions.Any(n => n.AppliesFrom <= due && n.AppliesUntil >= due);
            yield return (days, covered);
        }
    }

    [Fact]
    public void The_generate_command_writes_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"generated-{Guid.NewGuid():N}", "cases.json");
        var output = new StringWriter();
        var error = new StringWriter();
        try
        {
            var exit = GenerateCommand.Run(25, 3, path, "2024-04-30", output, error);

            Assert.Equal(0, exit);
            Assert.Equal("", error.ToString());
            Assert.StartsWith("Wrote 25 children (", output.ToString());
            Assert.EndsWith($"to {path}: seed 3, data up to 2024-04-30.{Environment.NewLine}", output.ToString());
            Assert.Equal(CaseloadGenerator.Generate(new CaseloadGeneratorOptions(25, 3, new DateOnly(2024, 4, 30))), File.ReadAllText(path));
            Assert.Equal(new LocalDate(2024, 4, 30), new JsonCaseDataSource(path).Load().Caseload.Extracted);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void The_generate_command_refuses_a_bad_date()
    {
        var error = new StringWriter();
        Assert.Equal(2, GenerateCommand.Run(5, 1, "unused.json", "2025-02-30", TextWriter.Null, error));
        Assert.Equal($"--as-of: '2025-02-30' is not a date (expected YYYY-MM-DD).{Environment.NewLine}", error.ToString());
        Assert.False(File.Exists("unused.json"));
    }
}
