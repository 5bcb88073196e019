using Directions.Compiler;
using Directions.Compiler.Scenarios;
using Directions.Compiler.Syntax;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Scenarios;

/// <summary>
/// Every rule of every direction in directions/ has at least one scenario where it is met (met or due)
/// and one where it is not (overdue or breached), and every scenario there passes. The coverage check
/// itself is tested on a sample where some rules lack scenarios.
/// </summary>
public sealed class ScenarioCoverageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "directions-coverage-tests-" + Guid.NewGuid().ToString("N"));

    public ScenarioCoverageTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly Lazy<(IReadOnlyList<ScenarioFileResult> Files, IReadOnlyList<RuleCoverage> Coverage)> LazyDirectionsFolder = new(() =>
    {
        var folder = Repository.PathOf("directions");
        var runner = new ScenarioRunner();
        var files = Directory.EnumerateFiles(folder, "*" + ScenarioFile.Extension, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(runner.RunFile).ToList();
        var compilation = DirectionCompilation.Create(Directory.EnumerateFiles(folder, "*.pd", SearchOption.AllDirectories).Select(SyntaxTree.Load));
        return (files, ScenarioCoverage.Compute(compilation.Directions, files.SelectMany(f => f.Results)));
    });

    private static string Describe(IEnumerable<RuleCoverage> rules) =>
        string.Join("\n", rules.Select(c => $"  {Path.GetFileName(c.File)} line {c.Line}, \"{c.Rule}\": {c.Lacking}"));

    [Fact]
    public void Every_rule_of_every_direction_has_a_met_and_a_not_met_scenario()
    {
        var coverage = LazyDirectionsFolder.Value.Coverage;
        Assert.Contains(coverage, c => Path.GetFileName(c.File) == "bristol-cin-2021.pd");
        var lacking = coverage.Where(c => !c.IsCovered).ToList();
        Assert.True(lacking.Count == 0, "Rules without both a met and a not-met scenario:\n" + Describe(lacking));
    }

    [Fact]
    public void Every_scenario_in_the_directions_folder_passes_or_is_skipped_with_a_reason()
    {
        var files = LazyDirectionsFolder.Value.Files;
        Assert.NotEmpty(files);
        var failures = files.SelectMany(f => f.Errors.Concat(f.Results.Where(r => r.IsFailure)
            .Select(r => $"{f.Path} line {r.Scenario.Line} \"{r.Scenario.Name}\": {string.Join("; ", r.Errors.Concat(r.Mismatches))}"))).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.All(files.SelectMany(f => f.Results).Where(r => r.Outcome == ScenarioOutcome.Skipped), r => Assert.False(string.IsNullOrWhiteSpace(r.Scenario.SkipReason)));
    }

    [Fact]
    public void Bristol_has_two_scenarios_or_more_for_every_rule()
    {
        var bristol = LazyDirectionsFolder.Value.Coverage.Where(c => Path.GetFileName(c.File) == "bristol-cin-2021.pd").ToList();
        Assert.Equal(12, bristol.Count);
        Assert.All(bristol, c => Assert.True(c.Met + c.NotMet >= 2, $"{c.Rule}: {c.Met} met, {c.NotMet} not met"));
    }

    [Fact]
    public void The_coverage_check_names_the_rules_that_lack_scenarios()
    {
        File.WriteAllText(Path.Combine(_folder, "three.pd"), """
            direction "Three rules"
              issued by "Test Council", source "test"
              version 1, effective from 2021-09-01

            rule "Visits"
              cites "T-01"
              CIN visit every 4 weeks

            rule "Genogram"
              cites "T-02"
              genogram recorded

            rule "Chronology"
              cites "T-03"
              chronology recorded
            """);
        File.WriteAllText(Path.Combine(_folder, "three.scenarios"), """
            scenario "Visits on time"
              rule "Visits"
              child in need from 2025-01-06
              CIN visits on 2025-01-10, 2025-02-05
              as of 2025-02-10
              expect met

            scenario "A visit late"
              rule "Visits"
              child in need from 2025-01-06
              CIN visits on 2025-01-10, 2025-02-20
              as of 2025-02-25
              expect breached

            scenario "A genogram"
              rule "Genogram"
              child in need from 2025-01-06
              genogram on 2025-01-10
              as of 2025-02-10
              expect met

            scenario "No chronology, but the scenario is skipped"
              rule "Chronology"
              skip "skipped scenarios do not count"
              child in need from 2025-01-06
              as of 2025-02-10
              expect overdue
            """);
        var vocabulary = Repository.PathOf("directions", "vocabulary.pd");
        var results = new ScenarioRunner(vocabulary).RunFile(Path.Combine(_folder, "three.scenarios"));
        Assert.Equal(3, results.Passed);
        var compilation = DirectionCompilation.Create([SyntaxTree.Load(Path.Combine(_folder, "three.pd")), SyntaxTree.Load(vocabulary)]);

        var coverage = ScenarioCoverage.Compute(compilation.Directions, results.Results);

        Assert.Equal(
            [("Visits", 1, 1, ""), ("Genogram", 1, 0, "no scenario where it is not met"), ("Chronology", 0, 0, "no scenarios")],
            coverage.Select(c => (c.Rule, c.Met, c.NotMet, c.Lacking)));
        Assert.Equal([true, false, false], coverage.Select(c => c.IsCovered));
    }
}
