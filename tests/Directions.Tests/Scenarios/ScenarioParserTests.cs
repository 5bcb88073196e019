using Directions.Compiler.Scenarios;
using Directions.Runtime.Evaluation;
using NodaTime;
using static Directions.Tests.Scenarios.ScenarioTestText;

namespace Directions.Tests.Scenarios;

/// <summary>The scenario file format: a good file read in full, and each kind of mistake reported at its file, line and column.</summary>
public sealed class ScenarioParserTests
{
    private const string Path = "dir/test.scenarios";

    private static ScenarioFile Parse(string text) => ScenarioParser.Parse(text, Path);

    private static ScenarioDiagnostic SingleError(string text, string snippet, params string[] message) =>
        Single(Parse(text).AllDiagnostics, text, Path, snippet, message);

    private const string Good = """
        # Scenarios for a test direction.
        directions "bristol-cin-2021.pd", "other.pd"

        scenario "A late visit with no rationale"
          rule "CIN visits"
          child in need from 2025-01-06
          CIN visits on 2025-01-10, 2025-02-05, 2025-03-20   # three visits
          as of 2025-04-01
          expect breached, 1 breach, next due 2025-04-17: "43 days passed ... 20 March 2025", "no recorded rationale"

        Scenario “Overdue, with curly quotes and a full stop”
          Rule "CIN visits", version 2021.1
          directions "bristol-cin-2021.pd"
          skip "a known bug"
          As of 2025-02-20.
          Expect overdue since 2025-02-08, by 13 days

        scenario "Nothing to check"
          rule "Genogram"
          as of 2025-04-01
          expect not applicable
        """;

    [Fact]
    public void A_good_file_is_read_in_full()
    {
        var file = Parse(Good);

        Assert.Empty(file.AllDiagnostics);
        Assert.Equal(["bristol-cin-2021.pd", "other.pd"], file.Directions.Select(d => d.Text));
        Assert.Equal(3, file.Scenarios.Length);

        var late = file.Scenarios[0];
        Assert.Equal("A late visit with no rationale", late.Name);
        Assert.Equal((4, 1), (late.Line, late.Column));
        Assert.Equal("CIN visits", late.Rule!.Text);
        Assert.Equal((5, 8), (late.Rule.Line, late.Rule.Column));
        Assert.Null(late.Version);
        Assert.Equal(new LocalDate(2025, 4, 1), late.AsOf);
        Assert.False(late.IsSkipped);
        Assert.Empty(late.Directions);
        Assert.Equal([6, 7], late.History.Select(h => h.Number));
        Assert.Equal("CIN visits on 2025-01-10, 2025-02-05, 2025-03-20", late.History[1].Text);
        var expect = late.Expectation!;
        Assert.Equal(FindingStatus.Breached, expect.Status);
        Assert.Equal(1, expect.Breaches);
        Assert.Equal(new LocalDate(2025, 4, 17), expect.NextDue);
        Assert.Null(expect.OverdueSince);
        Assert.Equal(["43 days passed ... 20 March 2025", "no recorded rationale"], expect.Fragments.ToArray());
        Assert.Equal("breached, next due 17 April 2025, 1 breach: \"43 days passed ... 20 March 2025\", \"no recorded rationale\"", expect.Describe());

        var overdue = file.Scenarios[1];
        Assert.Equal("Overdue, with curly quotes and a full stop", overdue.Name);
        Assert.Equal("2021.1", overdue.Version!.Text);
        Assert.Equal(["bristol-cin-2021.pd"], overdue.Directions.Select(d => d.Text));
        Assert.Equal("a known bug", overdue.SkipReason);
        Assert.Equal(new LocalDate(2025, 2, 20), overdue.AsOf);
        Assert.Equal(FindingStatus.Overdue, overdue.Expectation!.Status);
        Assert.Equal(new LocalDate(2025, 2, 8), overdue.Expectation.OverdueSince);
        Assert.Equal(13, overdue.Expectation.DaysOverdue);

        Assert.Equal(FindingStatus.NotApplicable, file.Scenarios[2].Expectation!.Status);
        Assert.Empty(file.Scenarios[2].History);
    }

    [Theory]
    [InlineData("met", FindingStatus.Met)]
    [InlineData("due", FindingStatus.Due)]
    [InlineData("overdue", FindingStatus.Overdue)]
    [InlineData("breached", FindingStatus.Breached)]
    [InlineData("breached in the past", FindingStatus.Breached)]
    [InlineData("not applicable", FindingStatus.NotApplicable)]
    [InlineData("Insufficient Data", FindingStatus.InsufficientData)]
    public void Every_status_has_its_words(string words, FindingStatus status)
    {
        var file = Parse($"scenario \"s\"\n  rule \"r\"\n  as of 2025-01-01\n  expect {words}\n");
        Assert.Empty(file.AllDiagnostics);
        Assert.Equal(status, file.Scenarios[0].Expectation!.Status);
    }

    // ------------------------------------------------------------------ mistakes, one kind each

    [Fact]
    public void An_unclosed_quote_is_reported_where_it_opens()
    {
        const string text = "scenario \"s\"\n  rule \"CIN visits\n  as of 2025-01-01\n  expect met\n";
        SingleError(text, "\"CIN visits", "no closing quote");
    }

    [Fact]
    public void A_date_in_another_form_says_how_to_write_it()
    {
        // One mistake, one message: the as-of line is not reported again as missing.
        const string text = "scenario \"s\"\n  rule \"r\"\n  as of 05/02/2025\n  expect met\n";
        SingleError(text, "05/02/2025", "'05/02/2025' is not a date in the form YYYY-MM-DD. Write it as 2025-02-05.");
    }

    [Fact]
    public void A_date_that_does_not_exist_is_reported()
    {
        const string text = "scenario \"s\"\n  rule \"r\"\n  CIN visit on 2025-02-30\n  as of 2025-03-01\n  expect met\n";
        SingleError(text, "2025-02-30", "'2025-02-30' is not a date: February 2025 has 28 days.");
    }

    [Fact]
    public void A_misspelt_status_gets_a_suggestion()
    {
        const string text = "scenario \"s\"\n  rule \"r\"\n  as of 2025-03-01\n  expect breeched\n";
        SingleError(text, "breeched", "'breeched' is not a finding. Did you mean 'breached'?", "met, due, overdue, breached, not applicable, insufficient data");
    }

    [Fact]
    public void Since_and_by_go_only_with_overdue()
    {
        const string text = "scenario \"s\"\n  rule \"r\"\n  as of 2025-03-01\n  expect met since 2025-02-01\n";
        SingleError(text, "since", "only goes with 'expect overdue', not 'expect met'");
    }

    [Fact]
    public void By_needs_days()
    {
        const string text = "scenario \"s\"\n  rule \"r\"\n  as of 2025-03-01\n  expect overdue by 4\n";
        var error = Assert.Single(Parse(text).AllDiagnostics);
        Assert.Equal((4, 22), (error.Line, error.Column));
        Assert.Equal("'days' was expected at the end of the line: write by 4 days.", error.Message);
    }

    [Fact]
    public void Something_unexpected_after_the_status_is_reported()
    {
        const string text = "scenario \"s\"\n  rule \"r\"\n  as of 2025-03-01\n  expect met yesterday\n";
        SingleError(text, "yesterday", "'yesterday' is not expected here. After the status may come");
    }

    [Fact]
    public void An_empty_fragment_would_match_anything_and_is_refused()
    {
        const string text = "scenario \"s\"\n  rule \"r\"\n  as of 2025-03-01\n  expect met: \" ... \"\n";
        SingleError(text, "\" ... \"", "would match any explanation");
    }

    [Fact]
    public void A_scenario_missing_its_rule_date_and_expectation_is_reported_at_its_first_line()
    {
        const string text = "directions \"x.pd\"\n\n  scenario \"Forgotten\"\n    CIN visit on 2025-01-10\n";
        SingleError(text, "scenario", "the scenario \"Forgotten\" needs a line rule \"name\"", "a line as of DATE", "a line expect ...");
    }

    [Fact]
    public void A_second_expect_line_is_reported()
    {
        const string text = "scenario \"s\"\n  rule \"r\"\n  as of 2025-03-01\n  expect met\n  expect due\n";
        SingleError(text, "expect due", "already has an 'expect' line on line 4");
    }

    [Fact]
    public void Two_scenarios_with_one_name_are_reported()
    {
        const string text = "scenario \"Same\"\n  rule \"r\"\n  as of 2025-03-01\n  expect met\nscenario \"same\"\n  rule \"r\"\n  as of 2025-03-01\n  expect met\n";
        SingleError(text, "\"same\"", "there is already a scenario named \"same\" in this file (line 1)");
    }

    [Fact]
    public void A_line_outside_any_scenario_is_reported()
    {
        const string text = "rule \"CIN visits\"\nscenario \"s\"\n  rule \"r\"\n  as of 2025-03-01\n  expect met\n";
        SingleError(text, "rule \"CIN", "this line is outside any scenario");
    }

    [Fact]
    public void A_file_with_no_scenarios_fails_rather_than_passing_with_nothing_tested()
    {
        const string text = "# nothing yet\ndirections \"x.pd\"\n";
        var error = Assert.Single(Parse(text).AllDiagnostics);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("there are no scenarios in this file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_character_is_reported()
    {
        const string text = "scenario \"s\"\n  rule \"r\"\n  as of 2025-03-01 ;\n  expect met\n";
        SingleError(text, ";", "';' is not expected here");
    }

    [Fact]
    public void A_broken_scenario_line_still_starts_a_scenario_so_the_next_lines_are_not_blamed_on_the_one_before()
    {
        const string text = "scenario \"One\"\n  rule \"r\"\n  as of 2025-03-01\n  expect met\nscenario \"Two\n  rule \"r\"\n  as of 2025-03-01\n  expect met\n";
        var file = Parse(text);
        var error = Assert.Single(file.AllDiagnostics);
        Assert.Equal((5, 10), (error.Line, error.Column));
        Assert.Empty(file.Scenarios[0].Diagnostics);
        Assert.Single(file.Scenarios[1].Diagnostics);
    }

    [Fact]
    public void A_mistake_in_one_scenario_leaves_the_others_runnable()
    {
        var file = Parse(Good.Replace("expect not applicable", "expect not aplicable", StringComparison.Ordinal));
        Assert.Empty(file.Scenarios[0].Diagnostics);
        Assert.Empty(file.Scenarios[1].Diagnostics);
        Assert.Single(file.Scenarios[2].Diagnostics);
    }

    [Fact]
    public void A_time_of_day_where_only_a_date_makes_sense_is_reported()
    {
        const string text = "scenario \"s\"\n  rule \"r\"\n  as of 2025-03-01T10:00\n  expect met\n";
        SingleError(text, "2025-03-01T10:00", "has a time of day, which is not used here");
    }

    [Fact]
    public void A_directions_line_after_the_first_scenario_belongs_to_that_scenario_and_may_be_given_once()
    {
        const string text = "scenario \"s\"\n  directions \"a.pd\"\n  directions \"b.pd\"\n  rule \"r\"\n  as of 2025-03-01\n  expect met\n";
        SingleError(text, "directions \"b.pd\"", "this scenario already names its directions on line 2");
    }
}
