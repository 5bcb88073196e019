using Directions.Compiler;
using Directions.Compiler.Interpretation;
using Directions.Compiler.Syntax;
using Directions.Runtime.CaseData;
using Directions.Runtime.Evaluation;
using Directions.Runtime.Rules;
using Directions.Tests.TestSupport;
using NodaTime;

namespace Directions.Tests.Runtime.Evaluation;

/// <summary>
/// Deadlines inside each record, between two of its dates: "ICPC minutes done within 5 working days" (from
/// the record's own date) and "ICPC family report shared at least 2 days before ICPC first planned" (before another
/// date of the same record); and a date field standing alone in a condition, meaning "filled in".
/// The ICPC below is on Monday 10 March 2025.
/// </summary>
public sealed class ActionDeadlineTests
{
    private const string Vocabulary = """
        vocabulary "Extra"
        action "minutes done" means minutes_recorded
        action "family report shared" means report_shared_with_family
        action "first planned" means scheduled
        event "ICPC with minutes" means meetings where kind is "ICPC" and minutes_recorded
        """;

    private static readonly LocalDate Icpc = new(2025, 3, 10);

    private static DirectionCompilation Compile(string requirement) => DirectionCompilation.Create(
    [
        SyntaxTree.Load(Path.Combine(Repository.Root, "directions", "vocabulary.pd")),
        SyntaxTree.Parse(Vocabulary, "extra.pd"),
        SyntaxTree.Parse($"""
            direction "Per record"
              issued by "Test Council"
              version 1, effective from 2020-01-01
              source "test"

            rule "R"
              cites "x"
              {requirement}
            """, "test.pd"),
    ]);

    private static Finding Evaluate(string requirement, Meeting meeting, LocalDate? asOf = null)
    {
        var compilation = Compile(requirement);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        var child = new Child
        {
            Id = "C1",
            CinEpisodes = [new CinEpisode("E1", new LocalDate(2025, 1, 6), null, "T1", "Area Social Work Units", null)],
            Meetings = [meeting],
        };
        var evaluator = new RuleEvaluator(SpecInterpreter.Build(compilation));
        return Assert.Single(evaluator.Evaluate(child, new Caseload { Children = [child] }, asOf ?? new LocalDate(2025, 6, 1)));
    }

    private static Meeting Icpc1 => new("M1", Icpc, "ICPC", null);

    [Fact]
    public void An_action_within_a_time_of_the_records_own_date()
    {
        Assert.Equal(FindingStatus.Met, Evaluate("ICPC minutes done within 5 working days", Icpc1 with { MinutesRecorded = new LocalDate(2025, 3, 17) }).Status);

        var late = Evaluate("ICPC minutes done within 5 working days", Icpc1 with { MinutesRecorded = new LocalDate(2025, 3, 18) });
        Assert.Equal(FindingStatus.Breached, late.Status);
        Assert.Contains("The ICPC of 10 March 2025 was minutes done late, on 18 March 2025, after 17 March 2025.", late.Explanation);

        var notYet = Evaluate("ICPC minutes done within 5 working days", Icpc1, asOf: new LocalDate(2025, 3, 12));
        Assert.Equal(new LocalDate(2025, 3, 17), notYet.NextDue);
        Assert.Equal(FindingStatus.Breached, Evaluate("ICPC minutes done within 5 working days", Icpc1).Status);
    }

    [Fact]
    public void An_action_at_least_a_time_before_another_date_of_the_same_record()
    {
        var planned = Icpc1 with { Scheduled = new LocalDate(2025, 3, 7) };
        Assert.Equal(FindingStatus.Met, Evaluate("ICPC family report shared at least 2 days before ICPC first planned", planned with { ReportSharedWithFamily = new LocalDate(2025, 3, 5) }).Status);
        var late = Evaluate("ICPC family report shared at least 2 days before ICPC first planned", planned with { ReportSharedWithFamily = new LocalDate(2025, 3, 6) });
        Assert.Equal(FindingStatus.Breached, late.Status);
        Assert.Contains("family report shared late, on 6 March 2025, after 5 March 2025", late.Explanation);
        Assert.Equal(FindingStatus.Met, Evaluate("ICPC family report shared before ICPC first planned", planned with { ReportSharedWithFamily = new LocalDate(2025, 3, 7) }).Status);
    }

    [Fact]
    public void A_date_field_on_its_own_means_filled_in()
    {
        Assert.Equal(FindingStatus.Met, Evaluate("ICPC with minutes within 4 weeks of involvement start", Icpc1 with { Date = new LocalDate(2025, 1, 20), MinutesRecorded = new LocalDate(2025, 1, 21) }).Status);
        Assert.Equal(FindingStatus.Overdue, Evaluate("ICPC with minutes within 4 weeks of involvement start", Icpc1 with { Date = new LocalDate(2025, 1, 20) }).Status);
    }

    [Fact]
    public void An_action_of_an_event_may_be_the_date_to_count_from()
    {
        var planned = Icpc1 with { Scheduled = new LocalDate(2025, 3, 3) };
        var finding = Evaluate("strategy discussion at least 2 days before ICPC first planned", planned with { }, asOf: new LocalDate(2025, 6, 1));
        Assert.Equal(FindingStatus.Breached, finding.Status);
        Assert.Contains("before the ICPC first planned on 3 March 2025", finding.Explanation);
    }

    [Theory]
    [InlineData("ICPC chaired within 5 days", "'chaired' is recorded as chair, not as a date")]
    [InlineData("ICPC family report shared before ICPC chaired", "'chaired' is recorded as chair, not as a date")]
    public void A_deadline_on_an_action_that_holds_no_date_is_an_error(string requirement, string message)
    {
        var diagnostic = Assert.Single(Compile(requirement).GetDiagnostics(), d => d.IsError);
        Assert.Equal("DIR2032", diagnostic.Id);
        Assert.Contains(message, diagnostic.Message);
    }
}
