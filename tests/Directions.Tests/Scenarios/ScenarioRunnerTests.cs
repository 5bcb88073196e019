using Directions.Cli.Commands;
using Directions.Compiler.Scenarios;
using Directions.Runtime.Evaluation;
using Directions.Tests.TestSupport;
using NodaTime;

namespace Directions.Tests.Scenarios;

/// <summary>
/// Running scenarios against the real Bristol direction and test directions: a passing and a failing
/// scenario, skipped scenarios, scenarios that cannot run, a direction superseded mid-case, and the
/// `directions test` command's report, exit codes and counts file.
/// </summary>
public sealed class ScenarioRunnerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "directions-scenario-tests-" + Guid.NewGuid().ToString("N"));

    public ScenarioRunnerTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Bristol => Repository.PathOf("directions", "bristol-cin-2021.pd");

    private static string Superseded => Repository.PathOf("tests", "Directions.Tests", "Scenarios", "Samples", "superseded");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A scenario file against the real Bristol direction (named by its full path).</summary>
    private string WriteAgainstBristol(string scenarios) => Write("bristol.scenarios", $"directions \"{Bristol}\"\n\n{scenarios}");

    private const string Passing = """
        scenario "A late visit with no rationale"
          rule "CIN visits"
          child in need from 2025-01-06
          CIN visits on 2025-01-10, 2025-02-05, 2025-03-20
          as of 2025-04-01
          expect breached, 1 breach, next due 2025-04-17: "43 days passed between the CIN visit on 5 February 2025 and the CIN visit on 20 March 2025"
        """;

    private const string Failing = """
        scenario "Visits that the writer thought were on time"
          rule "CIN visits"
          child in need from 2025-01-06
          CIN visits on 2025-01-10, 2025-02-05, 2025-03-20
          as of 2025-04-01
          expect met, next due 2025-04-18: "never too far apart"
        """;

    [Fact]
    public void A_scenario_whose_finding_matches_passes()
    {
        var result = Assert.Single(new ScenarioRunner().RunFile(WriteAgainstBristol(Passing)).Results);

        Assert.Equal(ScenarioOutcome.Passed, result.Outcome);
        Assert.Empty(result.Mismatches);
        Assert.Empty(result.Errors);
        Assert.Equal("CIN visits", result.RuleName);
        Assert.Equal(Path.GetFullPath(Bristol), Path.GetFullPath(result.RuleFile!));
        var finding = result.Finding!;
        Assert.Equal(FindingStatus.Breached, finding.Status);
        Assert.Equal(43, Assert.Single(finding.Breaches).Days);
        Assert.Equal("bristol-cin", finding.Citation.DirectionId);
    }

    [Fact]
    public void A_scenario_whose_finding_differs_fails_and_says_how()
    {
        var file = new ScenarioRunner().RunFile(WriteAgainstBristol(Passing + "\n\n" + Failing));

        Assert.Equal((1, 1, 0), (file.Passed, file.Failed, file.Skipped));
        var result = file.Results[1];
        Assert.Equal(ScenarioOutcome.Failed, result.Outcome);
        Assert.Equal(
            [
                "the status is breached, not met",
                "next due 17 April 2025, not 18 April 2025",
                "the explanation does not say \"never too far apart\"",
            ],
            result.Mismatches.ToArray());
        Assert.Equal("breached, next due 17 April 2025, 1 breach", ScenarioRunner.Describe(result.Finding!));
    }

    [Fact]
    public void A_skipped_scenario_runs_but_counts_as_skipped_and_says_when_it_would_pass()
    {
        var text = Passing.Replace("  rule \"CIN visits\"", "  rule \"CIN visits\"\n  skip \"waiting for a fix\"", StringComparison.Ordinal)
            + "\n\n" + Failing.Replace("  rule \"CIN visits\"", "  rule \"CIN visits\"\n  skip \"a known bug\"", StringComparison.Ordinal);
        var file = new ScenarioRunner().RunFile(WriteAgainstBristol(text));

        Assert.Equal((0, 0, 2), (file.Passed, file.Failed, file.Skipped));
        Assert.True(file.Results[0].SkippedWouldPass);
        Assert.False(file.Results[1].SkippedWouldPass);
        Assert.NotEmpty(file.Results[1].Mismatches);
    }

    [Fact]
    public void A_rule_the_direction_does_not_have_cannot_run_and_gets_a_suggestion()
    {
        var path = WriteAgainstBristol(Passing.Replace("rule \"CIN visits\"", "rule \"CIN visit\"", StringComparison.Ordinal));
        var result = Assert.Single(new ScenarioRunner().RunFile(path).Results);

        Assert.Equal(ScenarioOutcome.Error, result.Outcome);
        Assert.True(result.IsFailure);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"{path}(4,8): error: there is no rule \"CIN visit\" in bristol-cin-2021.pd. Did you mean 'CIN visits'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistake_in_the_history_stops_only_its_scenario()
    {
        var broken = Passing.Replace("CIN visits on", "CIN vists on", StringComparison.Ordinal).Replace("A late visit", "A misspelt visit", StringComparison.Ordinal);
        var path = WriteAgainstBristol(broken + "\n\n" + Passing);
        var file = new ScenarioRunner().RunFile(path);

        Assert.Equal((1, 1), (file.Passed, file.Failed));
        var error = Assert.Single(file.Results[0].Errors);
        Assert.StartsWith($"{path}(6,3): error: 'CIN vists' is not a term of the vocabulary", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_direction_file_that_does_not_exist_is_reported_where_it_is_named()
    {
        var path = Write("missing.scenarios", "directions \"nowhere.pd\"\n\n" + Passing);
        var file = new ScenarioRunner().RunFile(path);

        Assert.Contains(file.Errors, e => e.Contains("missing.scenarios(1,12): error: there is no direction file 'nowhere.pd'", StringComparison.Ordinal));
        Assert.Equal(ScenarioOutcome.Error, Assert.Single(file.Results).Outcome);
        Assert.Equal(2, file.Failed);
    }

    [Fact]
    public void A_file_that_names_no_directions_uses_the_direction_of_the_same_name()
    {
        File.Copy(Bristol, Path.Combine(_folder, "bristol.pd"));
        var file = new ScenarioRunner(Repository.PathOf("directions", "vocabulary.pd")).RunFile(Write("bristol.scenarios", Passing));

        Assert.Empty(file.Errors);
        Assert.Equal(ScenarioOutcome.Passed, Assert.Single(file.Results).Outcome);
    }

    [Fact]
    public void A_file_that_names_no_directions_and_has_no_direction_of_its_name_fails()
    {
        var file = new ScenarioRunner().RunFile(Write("orphan.scenarios", Passing));

        Assert.Contains("orphan.scenarios(1,1): error: this file does not say which directions its scenarios test", Assert.Single(file.Errors), StringComparison.Ordinal);
        Assert.Equal(ScenarioOutcome.Error, Assert.Single(file.Results).Outcome);
    }

    [Fact]
    public void A_direction_superseded_mid_case_judges_each_gap_by_the_version_in_force_when_it_closed()
    {
        var file = new ScenarioRunner().RunFile(Path.Combine(Superseded, "visits.scenarios"));

        Assert.Empty(file.Errors);
        Assert.All(file.Results, r => Assert.True(r.Outcome == ScenarioOutcome.Passed, $"{r.Scenario.Name}: {string.Join("; ", r.Mismatches.Concat(r.Errors))}"));
        Assert.Equal(5, file.Passed);
        Assert.EndsWith("visits-2021.pd", file.Results[0].RuleFile, StringComparison.Ordinal);
        Assert.EndsWith("visits-2023.pd", file.Results[1].RuleFile, StringComparison.Ordinal);
        Assert.Equal(["2021.1", "2023.1"], file.Results.Take(2).Select(r => r.Finding!.Citation.Version));
    }

    [Fact]
    public void When_two_versions_give_findings_the_scenario_must_say_which()
    {
        var text = $"""
            directions "{Path.Combine(Superseded, "visits-2021.pd")}", "{Path.Combine(Superseded, "visits-2023.pd")}"
            scenario "Which version?"
              rule "CIN visits"
              child in need from 2023-01-09
              CIN visits on 2023-01-16, 2023-02-20, 2023-03-30, 2023-05-08
              as of 2023-06-01
              expect met
            """;
        var result = Assert.Single(new ScenarioRunner().RunFile(Write("which.scenarios", text)).Results);

        Assert.Equal(ScenarioOutcome.Error, result.Outcome);
        Assert.Contains("gives a finding for each of test-visits 2021.1 and test-visits 2023.1 on 1 June 2023: say which to check, as in rule \"CIN visits\" version 2023.1.", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Before_the_direction_comes_into_force_there_is_no_finding_and_the_rule_is_not_applicable()
    {
        const string before = """
            scenario "Before the direction"
              rule "CIN visits"
              child in need from 2021-06-01
              as of 2021-08-01
              expect not applicable

            scenario "Before the direction, expecting more"
              rule "CIN visits"
              child in need from 2021-06-01
              as of 2021-08-01
              expect not applicable: "anything"
            """;
        var file = new ScenarioRunner().RunFile(WriteAgainstBristol(before));

        Assert.Equal(ScenarioOutcome.Passed, file.Results[0].Outcome);
        Assert.Null(file.Results[0].Finding);
        Assert.Equal(ScenarioOutcome.Failed, file.Results[1].Outcome);
        Assert.Contains("there is no finding: no version of the direction with this rule is in force on 1 August 2021", Assert.Single(file.Results[1].Mismatches), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("43 days passed between", true)]
    [InlineData("43   DAYS passed", true)]
    [InlineData("43 days ... 20 March 2025", true)]
    [InlineData("43 days … 20 March 2025", true)]
    [InlineData("20 March 2025 ... 43 days", false)]
    [InlineData("44 days passed", false)]
    [InlineData("'CIN visits' is breached", true)]
    [InlineData("‘CIN visits’ is breached", true)]
    public void A_fragment_matches_ignoring_capitals_spaces_and_quote_styles_with_dots_for_any_text(string fragment, bool says)
    {
        const string explanation = "'CIN visits' is breached in the past as of 1 April 2025. 43 days passed between the CIN visit on 5 February 2025 and the CIN visit on 20 March 2025.";
        Assert.Equal(says, ScenarioRunner.Says(explanation, fragment));
    }

    [Fact]
    public void Every_expectation_is_compared()
    {
        var finding = new Finding("C1", new Citation("d", "D", null, "1", new LocalDate(2020, 1, 1), "r", "d.pd", 1, []), FindingStatus.Overdue, new LocalDate(2025, 2, 20), "No CIN visit since 10 January 2025.")
        {
            OverdueSince = new LocalDate(2025, 2, 8),
            DaysOverdue = 13,
            NextDue = new LocalDate(2025, 2, 7),
        };
        var right = new ScenarioExpectation(FindingStatus.Overdue, 1, 1) { OverdueSince = new LocalDate(2025, 2, 8), DaysOverdue = 13, NextDue = new LocalDate(2025, 2, 7), Breaches = 0, Fragments = ["since 10 January"] };
        Assert.Empty(ScenarioRunner.Compare(right, finding));

        var wrong = right with { OverdueSince = new LocalDate(2025, 2, 9), DaysOverdue = 12, NextDue = new LocalDate(2025, 2, 6), Breaches = 1, Fragments = ["since 11 January"] };
        Assert.Equal(
            [
                "overdue since 8 February 2025, not 9 February 2025",
                "overdue by 13 days, not 12 days",
                "next due 7 February 2025, not 6 February 2025",
                "0 breach(es), not 1",
                "the explanation does not say \"since 11 January\"",
            ],
            ScenarioRunner.Compare(wrong, finding).ToArray());
    }

    // ------------------------------------------------------------------ directions test

    private static (int ExitCode, string Output, string Error) Test(string path, string? counts = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = TestCommand.Run(path, null, counts, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_command_reports_per_rule_and_exits_with_0_when_all_pass()
    {
        var counts = Path.Combine(_folder, "scenarios.counts");
        var (exitCode, output, error) = Test(Superseded, counts);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Matches(@"visits\.scenarios: 5 scenarios against .*visits-2021\.pd, .*visits-2023\.pd", output);
        Assert.Contains("  CIN visits  5 passed (2 met, 3 not met)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Rules without", output, StringComparison.Ordinal);
        Assert.EndsWith("1 scenario file(s), 5 scenario(s): 5 passed, 0 failed, 0 skipped." + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.Equal("5 0 0\n", File.ReadAllText(counts));
    }

    [Fact]
    public void The_command_shows_expected_and_actual_for_a_failure_and_exits_with_1()
    {
        WriteAgainstBristol(Passing + "\n\n" + Failing);
        var counts = Path.Combine(_folder, "scenarios.counts");
        var (exitCode, output, _) = Test(_folder, counts);

        Assert.Equal(1, exitCode);
        Assert.Contains("  CIN visits  1 passed, 1 failed (1 met, 1 not met)", output, StringComparison.Ordinal);
        Assert.Contains("    FAILED \"Visits that the writer thought were on time\" (line 10)", output, StringComparison.Ordinal);
        Assert.Contains("      expected:    met, next due 18 April 2025: \"never too far apart\"", output, StringComparison.Ordinal);
        Assert.Contains("      actual:      breached, next due 17 April 2025, 1 breach", output, StringComparison.Ordinal);
        Assert.Contains("      differs:     the status is breached, not met", output, StringComparison.Ordinal);
        Assert.Contains("      explanation: 'CIN visits' is breached in the past as of 1 April 2025. 43 days passed", output, StringComparison.Ordinal);
        Assert.Equal("1 1 0\n", File.ReadAllText(counts));
    }

    [Fact]
    public void The_command_refuses_a_folder_with_no_scenarios_rather_than_passing()
    {
        var counts = Path.Combine(_folder, "scenarios.counts");
        var (exitCode, _, error) = Test(_folder, counts);

        Assert.Equal(1, exitCode);
        Assert.Contains("there are no scenario files (.scenarios) here, so nothing was tested", error, StringComparison.Ordinal);
        Assert.Equal("0 1 0\n", File.ReadAllText(counts));
    }

    [Fact]
    public void The_command_reports_a_path_that_does_not_exist()
    {
        var (exitCode, _, error) = Test(Path.Combine(_folder, "nowhere"));
        Assert.Equal(2, exitCode);
        Assert.Contains("there is no such file or folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_lists_scenarios_that_could_not_run_with_their_mistakes()
    {
        var path = WriteAgainstBristol(Passing.Replace("expect breached", "expect breeched", StringComparison.Ordinal));
        var (exitCode, output, _) = Test(path);

        Assert.Equal(1, exitCode);
        Assert.Contains("    NOT RUN \"A late visit with no rationale\" (line 3):", output, StringComparison.Ordinal);
        Assert.Contains("(8,10): error: 'breeched' is not a finding. Did you mean 'breached'?", output, StringComparison.Ordinal);
    }
}
