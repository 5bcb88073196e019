using Directions.Compiler;
using Directions.Compiler.Interpretation;
using Directions.Compiler.Syntax;
using Directions.Runtime.CaseData;
using Directions.Runtime.Evaluation;
using Directions.Runtime.Rules;
using Directions.Tests.TestSupport;
using NodaTime;

namespace Directions.Tests.Runtime.Evaluation;

/// <summary>End to end without Roslyn: source -> bound model -> plan -> interpreted spec -> findings for hand-made children.</summary>
public sealed class InterpretedRuleTests
{
    private static readonly LocalDate EpisodeStart = new(2025, 1, 6);

    private static RuleEvaluator Evaluator(string direction)
    {
        var vocabulary = SyntaxTree.Load(Path.Combine(Repository.Root, "directions", "vocabulary.pd"));
        var compilation = DirectionCompilation.Create([vocabulary, SyntaxTree.Parse(direction, "test.pd")]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        return new RuleEvaluator(SpecInterpreter.Build(compilation));
    }

    private const string Header = """
        direction "Test CIN"
          issued by "Test Council"
          version 1, effective from 2020-01-01
          source "test"

        """;

    private const string Visits = Header + """
        rule "CIN visits"
          cites "S000-07"
          CIN visit every 4 weeks unless recorded rationale, max 6
          except long-term DCSS: max 8 weeks
        """;

    private static Child ChildWith(params LocalDate[] visits) => new()
    {
        Id = "C1",
        CinEpisodes = [new CinEpisode("E1", EpisodeStart, null, "T1", "Area Social Work Units", null)],
        Visits = [.. visits.Select((d, i) => new Visit($"V{i + 1}", d, "CIN", true, false, "W1"))],
    };

    private static Finding Single(RuleEvaluator evaluator, Child child, LocalDate asOf) =>
        Assert.Single(evaluator.Evaluate(child, new Caseload { Children = [child] }, asOf));

    [Fact]
    public void A_gap_of_43_days_without_rationale_is_a_past_breach()
    {
        var finding = Single(Evaluator(Visits), ChildWith(new LocalDate(2025, 1, 10), new(2025, 2, 5), new(2025, 3, 20)), new LocalDate(2025, 4, 1));

        Assert.Equal(FindingStatus.Breached, finding.Status);
        var breach = Assert.Single(finding.Breaches);
        Assert.Equal(43, breach.Days);
        Assert.Equal(28, breach.AllowedDays);
        Assert.Contains("43 days passed between the CIN visit on 5 February 2025 and the CIN visit on 20 March 2025, more than 4 weeks (28 days) with no recorded rationale in force", finding.Explanation);
        Assert.Equal(new LocalDate(2025, 4, 17), finding.NextDue);
        Assert.Equal(5, finding.Citation.SourceLine);
        Assert.Contains("test.pd line 5; S000-07", finding.Citation.ToString());
    }

    [Fact]
    public void Regular_visits_are_met_and_the_next_is_due_four_weeks_after_the_last()
    {
        var finding = Single(Evaluator(Visits), ChildWith(new LocalDate(2025, 1, 10), new(2025, 2, 5), new(2025, 3, 1)), new LocalDate(2025, 3, 10));
        Assert.Equal(FindingStatus.Met, finding.Status);
        Assert.Equal(new LocalDate(2025, 3, 29), finding.NextDue);
    }

    [Fact]
    public void No_visit_for_too_long_is_overdue_since_the_day_after_the_due_date()
    {
        var finding = Single(Evaluator(Visits), ChildWith(new LocalDate(2025, 1, 10)), new LocalDate(2025, 2, 20));
        Assert.Equal(FindingStatus.Overdue, finding.Status);
        Assert.Equal(new LocalDate(2025, 2, 8), finding.OverdueSince);
        Assert.Equal(13, finding.DaysOverdue);
    }

    [Fact]
    public void A_rationale_in_force_excuses_a_gap_up_to_the_maximum_but_not_beyond()
    {
        var child = ChildWith(new LocalDate(2025, 1, 10), new(2025, 2, 19)) with
        {
            CaseNotes = [new CaseNote("N1", new LocalDate(2025, 2, 1), "case direction", "visiting frequency", "W2", new LocalDate(2025, 2, 1), new LocalDate(2025, 6, 30))],
        };
        var evaluator = Evaluator(Visits);
        Assert.Equal(FindingStatus.Met, Single(evaluator, child, new LocalDate(2025, 2, 25)).Status);

        var tooLong = child with { Visits = [child.Visits[0], new Visit("V9", new LocalDate(2025, 2, 25), "CIN", true, false, "W1")] };
        var finding = Single(evaluator, tooLong, new LocalDate(2025, 3, 1));
        Assert.Equal(FindingStatus.Breached, finding.Status);
        Assert.Contains("beyond the maximum of 6 weeks (42 days)", finding.Explanation);
    }

    [Fact]
    public void Deadline_from_a_period_start_then_a_cadence()
    {
        var evaluator = Evaluator(Header + """
            rule "CIN reviews"
              cites "S000-13"
              CIN review within 1 month of CIN plan start, then every 3 months unless recorded rationale, max 6 months
              chaired by qualified social worker
            """);
        var child = new Child
        {
            Id = "C2",
            CinEpisodes = [new CinEpisode("E1", EpisodeStart, null, null, null, null)],
            CinPlans = [new CinPlan("P1", new LocalDate(2025, 1, 31), null)],
            Meetings = [new Meeting("M1", new LocalDate(2025, 2, 28), "CIN review", "W1"), new Meeting("M2", new LocalDate(2025, 6, 20), "CIN review", "W2")],
        };
        var caseload = new Caseload { Children = [child], Workers = [new Worker("W1", "social worker", true, true, null), new Worker("W2", "family support worker", false, false, null)] };
        var finding = Assert.Single(evaluator.Evaluate(child, caseload, new LocalDate(2025, 7, 1)));

        // 31 January + 1 month = 28 February (month-end rule): on time. 28 Feb -> 20 Jun is more than 3 months. W2 is not qualified.
        Assert.Equal(FindingStatus.Breached, finding.Status);
        Assert.Equal(2, finding.Breaches.Length);
        Assert.Contains("was chaired by W2, who is not a qualified social worker", finding.Explanation);
    }

    [Fact]
    public void Rule_not_applicable_when_the_child_has_no_cin_episode()
    {
        var finding = Single(Evaluator(Visits), new Child { Id = "C3" }, new LocalDate(2025, 4, 1));
        Assert.Equal(FindingStatus.NotApplicable, finding.Status);
    }
}
