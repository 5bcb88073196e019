using Directions.Cli.Commands;
using Directions.Cli.Generation;
using Directions.Cli.Review;
using Directions.Runtime.CaseData;
using Directions.Runtime.Evaluation;
using Directions.Runtime.Loading;
using Directions.Tests.TestSupport;
using NodaTime;
using NodaTime.Text;
using static Directions.Tests.Review.ReviewFixture;

namespace Directions.Tests.Review;

/// <summary>`directions impact`: a hand-made caseload with known flips, a generated one with a tightened limit, and the report.</summary>
public sealed class ImpactTests
{
    private static readonly LocalDate AsOf = new(2025, 10, 1);

    private const string Visits = """
        direction "Visits"
          id "visits-impact"
          issued by "Test Council", source "test"
          version 1, effective from 2024-01-01

        rule "CIN visits"
          cites "T-01"
          CIN visit every 4 weeks
        """;

    /// <summary>A child open to CIN since 1 June 2025, seen every two weeks up to <paramref name="lastVisit"/>.</summary>
    private static string Child(string id, string team, string? lastVisit)
    {
        var visits = new List<string>();
        if (lastVisit is not null)
        {
            for (var date = new LocalDate(2025, 6, 1); date <= LocalDatePattern.Iso.Parse(lastVisit).Value; date = date.PlusDays(14))
                visits.Add($$"""{ "id": "{{id}}-V{{visits.Count + 1}}", "date": "{{LocalDatePattern.Iso.Format(date)}}T10:00", "kind": "CIN", "child_seen": true, "child_seen_alone": false, "worker": "W1" }""");
        }

        var episodes = lastVisit is null ? string.Empty : $$"""{ "id": "{{id}}-E1", "start": "2025-06-01", "team": "{{team}}", "service_area": "Area Social Work Units", "reason": "N1" }""";
        return $$"""
            { "id": "{{id}}", "date_of_birth": "2015-01-01", "disabled": false, "team": "{{team}}", "service_area": "Area Social Work Units",
              "cin_episodes": [ {{episodes}} ], "visits": [ {{string.Join(", ", visits)}} ] }
            """;
    }

    private static Caseload HandMadeCaseload()
    {
        var json = $$"""
            { "format": "directions-caseload", "version": 1, "extracted": "2025-10-01",
              "teams": [ { "id": "T1", "service_area": "Area Social Work Units" }, { "id": "T2", "service_area": "Area Social Work Units" } ],
              "workers": [ { "id": "W1", "role": "social worker", "qualified": true, "registered": true, "team": "T1" } ],
              "children": [ {{Child("A", "T1", "2025-09-07")}}, {{Child("B", "T2", "2025-09-21")}}, {{Child("C", "T2", "2025-07-27")}}, {{Child("D", "T1", null)}} ] }
            """;
        return JsonCaseDataSource.FromText(json, "hand-made.json").Load().Caseload;
    }

    [Fact]
    public void Tightening_a_cadence_flips_the_child_last_seen_24_days_ago_to_overdue_and_moves_the_others_dates()
    {
        var caseload = HandMadeCaseload();

        var changes = ImpactAnalysis.Run(Compile(Visits), Compile(Visits.Replace("every 4 weeks", "every 3 weeks", StringComparison.Ordinal)), caseload, AsOf);

        var a = Assert.Single(changes, c => c.ChildId == "A");
        Assert.Equal(FindingChangeKind.NewlyOverdue, a.Kind);
        Assert.Equal(FindingStatus.Overdue, a.After);
        Assert.Equal("T1", a.Team);
        var b = Assert.Single(changes, c => c.ChildId == "B");
        Assert.Equal(FindingChangeKind.DueDateMoved, b.Kind);
        Assert.True(b.DueAfter < b.DueBefore);
        Assert.Equal(7, Period.Between(b.DueAfter!.Value, b.DueBefore!.Value, PeriodUnits.Days).Days);
        var c = Assert.Single(changes, c => c.ChildId == "C");
        Assert.Equal(FindingChangeKind.DueDateMoved, c.Kind);
        Assert.Equal(FindingStatus.Overdue, c.Before);
        Assert.DoesNotContain(changes, c => c.ChildId == "D");
        Assert.All(changes, c => Assert.Equal(("visits-impact", "CIN visits"), (c.DirectionId, c.Rule)));
    }

    [Fact]
    public void The_same_directions_change_nothing()
    {
        Assert.Empty(ImpactAnalysis.Run(Compile(Visits), Compile(Visits + "\n# only a comment\n"), HandMadeCaseload(), AsOf));
    }

    [Fact]
    public void On_a_generated_caseload_tightening_the_bristol_visits_only_flips_that_rule_towards_overdue_and_loosening_flips_them_back()
    {
        var json = CaseloadGenerator.Generate(new CaseloadGeneratorOptions(300, 7, CaseloadGenerator.DefaultAsOf));
        var caseload = JsonCaseDataSource.FromText(json, "generated.json").Load().Caseload;
        var bristol = File.ReadAllText(Repository.PathOf("directions", "bristol-cin-2021.pd"));
        var tightened = bristol.Replace("CIN visit every 4 weeks unless recorded rationale, max 6", "CIN visit every 2 weeks unless recorded rationale, max 3", StringComparison.Ordinal);
        Assert.NotEqual(bristol, tightened);

        var tighter = ImpactAnalysis.Run(Compile(bristol, "bristol.pd"), Compile(tightened, "bristol.pd"), caseload, AsOf);
        var looser = ImpactAnalysis.Run(Compile(tightened, "bristol.pd"), Compile(bristol, "bristol.pd"), caseload, AsOf);

        Assert.NotEmpty(tighter);
        Assert.All(tighter, c => Assert.Equal("CIN visits", c.Rule));
        Assert.DoesNotContain(tighter, c => c.Kind == FindingChangeKind.NewlyMet);
        var newlyOverdue = tighter.Where(c => c.Kind == FindingChangeKind.NewlyOverdue).ToList();
        Assert.NotEmpty(newlyOverdue);
        Assert.All(newlyOverdue, c => Assert.True(c.Before != FindingStatus.Overdue && c.After == FindingStatus.Overdue));

        // Every child the tightening made overdue is no longer overdue once it is loosened again, and no other.
        var backFromOverdue = looser.Where(c => c.Before == FindingStatus.Overdue && c.After != FindingStatus.Overdue).Select(c => c.ChildId);
        Assert.Equal(newlyOverdue.Select(c => c.ChildId).Order(StringComparer.Ordinal), backFromOverdue.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_command_reports_per_rule_and_per_team_with_child_ids_only()
    {
        var folder = Path.Combine(Path.GetTempPath(), "directions-impact-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "old"));
            Directory.CreateDirectory(Path.Combine(folder, "new"));
            File.WriteAllText(Path.Combine(folder, "old", "visits.pd"), Visits);
            File.WriteAllText(Path.Combine(folder, "new", "visits.pd"), Visits.Replace("every 4 weeks", "every 3 weeks", StringComparison.Ordinal));
            var cases = Path.Combine(folder, "cases.json");
            File.WriteAllText(cases, CaseloadGenerator.Generate(new CaseloadGeneratorOptions(200, 11, CaseloadGenerator.DefaultAsOf)));
            var vocabulary = Repository.PathOf("directions", "vocabulary.pd");
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exitCode = ImpactCommand.Run(new ImpactOptions([Path.Combine(folder, "old"), Path.Combine(folder, "new")], null, cases, "2025-10-01", "md", [vocabulary]), output, error);

            var md = output.ToString().ReplaceLineEndings("\n");
            Assert.True(exitCode == 0, error.ToString());
            Assert.StartsWith("### Directions: impact on children's findings\n", md, StringComparison.Ordinal);
            Assert.Contains("#### Per rule\n", md, StringComparison.Ordinal);
            Assert.Contains("| visits-impact / CIN visits |", md, StringComparison.Ordinal);
            Assert.Contains("#### Per team\n", md, StringComparison.Ordinal);
            Assert.Matches(@"newly overdue \(\d+\): C\d{4}", md);
            Assert.DoesNotContain("case note", md, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
