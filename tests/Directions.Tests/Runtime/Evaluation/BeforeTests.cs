using Directions.Compiler;
using Directions.Compiler.Interpretation;
using Directions.Compiler.Syntax;
using Directions.Runtime.CaseData;
using Directions.Runtime.Evaluation;
using Directions.Runtime.Rules;
using Directions.Runtime.Time;
using Directions.Tests.TestSupport;
using NodaTime;

namespace Directions.Tests.Runtime.Evaluation;

/// <summary>
/// "before" requirements: a lead time ("at least 3 working days before ICPC"), a window ("within
/// 2 weeks before ICPC"), one for every anchor ("before each RCPC") and a recorded reason that excuses
/// a missing event ("unless recorded rationale"). The ICPC below is on Monday 10 March 2025.
/// </summary>
public sealed class BeforeTests
{
    private static readonly LocalDate Icpc = new(2025, 3, 10);
    private static readonly LocalDate AsOf = new(2025, 8, 1);

    private static Finding Evaluate(string requirement, Child child)
    {
        var vocabulary = SyntaxTree.Load(Path.Combine(Repository.Root, "directions", "vocabulary.pd"));
        var direction = $"""
            direction "Before"
              issued by "Test Council"
              version 1, effective from 2020-01-01
              source "test"

            rule "R"
              cites "x"
              {requirement}
            """;
        var compilation = DirectionCompilation.Create([vocabulary, SyntaxTree.Parse(direction, "test.pd")]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        var evaluator = new RuleEvaluator(SpecInterpreter.Build(compilation));
        return Assert.Single(evaluator.Evaluate(child, new Caseload { Children = [child] }, AsOf));
    }

    private static Child Child(params (string Kind, LocalDate Date)[] meetings) => new()
    {
        Id = "C1",
        CinEpisodes = [new CinEpisode("E1", new LocalDate(2025, 1, 6), null, "T1", "Area Social Work Units", null)],
        Meetings = [.. meetings.Select((m, i) => new Meeting($"M{i + 1}", m.Date, m.Kind, null))],
    };

    [Fact]
    public void A_lead_time_in_working_days_is_counted_back_from_the_anchor()
    {
        var met = Evaluate("strategy discussion at least 3 working days before ICPC", Child(("strategy discussion", new LocalDate(2025, 3, 5)), ("ICPC", Icpc)));
        Assert.Equal(FindingStatus.Met, met.Status);
        Assert.Contains("The strategy discussion on 5 March 2025 was at least 3 working days before the ICPC on 10 March 2025 (by 5 March 2025).", met.Explanation);

        var late = Evaluate("strategy discussion at least 3 working days before ICPC", Child(("strategy discussion", new LocalDate(2025, 3, 6)), ("ICPC", Icpc)));
        Assert.Equal(FindingStatus.Breached, late.Status);
        Assert.Contains("The strategy discussion on 6 March 2025 was too late: it was due at least 3 working days before the ICPC on 10 March 2025 (by 5 March 2025).", late.Explanation);
        Assert.Equal(Icpc, Assert.Single(late.Breaches).From);
    }

    [Fact]
    public void A_window_before_the_anchor_has_an_earliest_day()
    {
        Assert.Equal(FindingStatus.Met, Evaluate("strategy discussion within 2 weeks before ICPC", Child(("strategy discussion", new LocalDate(2025, 2, 24)), ("ICPC", Icpc))).Status);
        var early = Evaluate("strategy discussion within 2 weeks before ICPC", Child(("strategy discussion", new LocalDate(2025, 2, 23)), ("ICPC", Icpc)));
        Assert.Equal(FindingStatus.Breached, early.Status);
        Assert.Contains("There is no strategy discussion within 2 weeks before the ICPC on 10 March 2025 (from 24 February 2025).", early.Explanation);
    }

    [Fact]
    public void Before_each_needs_an_event_since_the_previous_anchor()
    {
        var once = Child(("core group", new LocalDate(2025, 3, 15)), ("RCPC", new LocalDate(2025, 4, 1)), ("RCPC", new LocalDate(2025, 7, 1)));
        var finding = Evaluate("core group before each RCPC", once);
        Assert.Equal(FindingStatus.Breached, finding.Status);
        Assert.Contains("There is no core group on or before the RCPC on 1 July 2025 and after the RCPC on 1 April 2025.", finding.Explanation);

        // Without 'each', the one core group counts for both.
        Assert.Equal(FindingStatus.Met, Evaluate("core group before RCPC", once).Status);

        var twice = Child(("core group", new LocalDate(2025, 3, 15)), ("RCPC", new LocalDate(2025, 4, 1)), ("core group", new LocalDate(2025, 6, 10)), ("RCPC", new LocalDate(2025, 7, 1)));
        Assert.Equal(FindingStatus.Met, Evaluate("core group before each RCPC", twice).Status);
    }

    [Fact]
    public void Before_each_counts_the_first_anchor_from_the_start_of_the_watched_period()
    {
        var beforeEpisode = Child(("core group", new LocalDate(2024, 12, 1)), ("RCPC", new LocalDate(2025, 4, 1)));
        var finding = Evaluate("core group before each RCPC", beforeEpisode);
        Assert.Equal(FindingStatus.Breached, finding.Status);
        Assert.Contains("There is no core group on or before the RCPC on 1 April 2025 and since the child in need started on 6 January 2025.", finding.Explanation);
    }

    [Fact]
    public void Unless_recorded_excuses_a_missing_event_while_the_record_is_in_force_on_the_anchor_day()
    {
        var child = Child(("ICPC", Icpc)) with
        {
            CaseNotes = [new CaseNote("N1", new LocalDate(2025, 3, 1), "case direction", null, "W1", new LocalDate(2025, 3, 1), new LocalDate(2025, 3, 31))],
        };
        var excused = Evaluate("strategy discussion before ICPC unless recorded rationale", child);
        Assert.Equal(FindingStatus.Met, excused.Status);
        Assert.Contains("but a recorded rationale was in force on the day of the ICPC", excused.Explanation);

        var expired = child with { CaseNotes = [child.CaseNotes[0] with { AppliesUntil = new LocalDate(2025, 3, 9) }] };
        Assert.Equal(FindingStatus.Breached, Evaluate("strategy discussion before ICPC unless recorded rationale", expired).Status);
    }

    [Theory]
    [InlineData("2025-03-10", 3, PolicyUnit.WorkingDays, "2025-03-05")]
    [InlineData("2025-05-27", 3, PolicyUnit.WorkingDays, "2025-05-21")] // Monday 26 May 2025 is a bank holiday
    [InlineData("2025-03-31", 1, PolicyUnit.Months, "2025-02-28")]      // the month-end rule, counting back
    [InlineData("2024-03-31", 1, PolicyUnit.Months, "2024-02-29")]
    [InlineData("2025-03-10", 2, PolicyUnit.Weeks, "2025-02-24")]
    [InlineData("2025-03-10", 0, PolicyUnit.WorkingDays, "2025-03-10")]
    public void Counting_back_mirrors_counting_forward(string from, int count, PolicyUnit unit, string expected)
    {
        var date = LocalDate.FromDateTime(DateTime.Parse(from, System.Globalization.CultureInfo.InvariantCulture));
        var back = PolicyTime.Subtract(date, new PolicyDuration(count, unit), WorkingDayCalendar.EnglandAndWales);
        Assert.Equal(expected, back.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
