using System.Text.Json;
using Directions.Cli.Reporting;
using Directions.Compiler;
using Directions.Compiler.Emit;
using Directions.Compiler.Syntax;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Cli;

/// <summary>`directions check` on the committed sample and on a small generated caseload, in process.</summary>
[Collection(CheckCollection.Name)]
public sealed class CheckCommandTests(CheckFixture fixture)
{
    private static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    /// <summary>The lines of one direction's compliance table: from its title to the blank line after it.</summary>
    private static List<string> DirectionTable(string output, string directionId) =>
        Lines(output).SkipWhile(l => !IsTableTitle(l.TrimStart(), directionId)).TakeWhile(l => l.Length > 0).ToList();

    // A table's title is "<id> <version>: <title>"; the summary line lists "<id> <version>, ..." too.
    private static bool IsTableTitle(string line, string directionId) =>
        line.StartsWith(directionId + " ", StringComparison.Ordinal)
        && line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
        && !line[..colon].Contains(',', StringComparison.Ordinal);

    [Fact]
    public void Check_of_the_sample_has_a_finding_for_every_child_and_every_rule_of_every_direction()
    {
        var json = fixture.Sample.RootElement;
        var children = json.GetProperty("cases").GetProperty("children").GetInt32();
        Assert.Equal(500, children);

        // Every rule of every direction in the folder, from the compiler itself.
        var trees = Directory.EnumerateFiles(CheckFixture.DirectionsFolder, "*.pd").Select(SyntaxTree.Load).ToList();
        var compilation = DirectionCompilation.Create(trees);
        var expected = compilation.Directions.SelectMany(d => d.Rules.Where(r => !r.IsOverridden).Select(r => (d.Id, r.Name))).Order().ToList(); // an overridden rule is not checked
        Assert.NotEmpty(expected);

        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        var byRule = findings.GroupBy(f => (f.GetProperty("direction_id").GetString()!, f.GetProperty("rule").GetString()!)).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(expected, byRule.Keys.Order().ToList());
        foreach (var (rule, list) in byRule)
            Assert.True(list.Select(f => f.GetProperty("child_id").GetString()).Distinct().Count() == children, $"{rule}: {list.Count} findings");

        var statuses = findings.Select(f => f.GetProperty("status").GetString()).ToHashSet();
        Assert.Contains("met", statuses);
        Assert.Contains("overdue", statuses);
        Assert.Contains("breached", statuses);
        Assert.Contains("due", statuses);
        // Rules are met for some children and broken for others.
        Assert.True(byRule.Count(r => r.Value.Any(f => f.GetProperty("status").GetString() is "met" or "due")) >= byRule.Count / 2);
        Assert.True(byRule.Count(r => r.Value.Any(f => f.GetProperty("status").GetString() is "overdue" or "breached")) >= byRule.Count / 2);
    }

    [Fact]
    public void Check_with_no_format_prints_the_tables_the_worklist_and_the_overdue_list()
    {
        var run = fixture.Run(new CheckOptions { Cases = fixture.SmallCases });

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = Lines(run.Output);
        Assert.StartsWith("Directions check as of 1 October 2025 (2025-10-01)", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("bristol-cin 2021.1: Practice Direction regarding working with Children in Need", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Compliance by team", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Worklist: ", StringComparison.Ordinal) && l.Contains("from 2025-10-01 to 2025-10-15", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Overdue: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("'CIN visits' is overdue as of 1 October 2025.", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', run.Output); // no colour codes when not a terminal
        Assert.Contains("Rules: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("bristol-cin 2021.1 (12 rules): compiled rule assembly from the cache (no Roslyn)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_counts_agree_with_the_json_summary_and_the_json_summary_with_its_findings()
    {
        var table = fixture.Run(new CheckOptions { Cases = fixture.SmallCases });
        var json = fixture.Run(new CheckOptions { Cases = fixture.SmallCases, Format = ReportFormat.Json });
        Assert.True(table.ExitCode == 0 && json.ExitCode == 0, table.ToString() + json);
        using var document = JsonDocument.Parse(json.Output);
        var root = document.RootElement;
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        string[] columns = ["checked", "met", "due", "overdue", "breached", "not_applicable", "insufficient_data"];

        var rules = root.GetProperty("summary").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("directions").EnumerateArray().Sum(d => d.GetProperty("rules").GetArrayLength()), rules.Count);
        foreach (var rule in rules)
        {
            var name = rule.GetProperty("rule").GetString()!;
            var direction = rule.GetProperty("direction_id").GetString()!;
            var counts = rule.GetProperty("counts");
            var mine = findings.Where(f => f.GetProperty("rule").GetString() == name && f.GetProperty("direction_id").GetString() == direction).ToList();
            Assert.Equal(mine.Count, counts.GetProperty("checked").GetInt32());
            foreach (var status in columns.Skip(1))
                Assert.Equal(mine.Count(f => f.GetProperty("status").GetString() == status), counts.GetProperty(status).GetInt32());

            // The table row: │ rule │ line │ children │ met │ due │ overdue │ breached │ n/a │ insufficient │ % │
            // A long rule name wraps onto more table lines: the row is the one with the rule's line number
            // whose first name line starts the name.
            var line = rule.GetProperty("line").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var cells = DirectionTable(table.Output, direction).Where(l => l.StartsWith('│'))
                .Select(l => l.Split('│', StringSplitOptions.TrimEntries)[1..^1])
                .Single(c => c.Length == 10 && c[1] == line && c[0].Length > 0 && name.StartsWith(c[0], StringComparison.Ordinal));
            for (var i = 0; i < columns.Length; i++)
                Assert.Equal(counts.GetProperty(columns[i]).GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), cells[2 + i]);
            var percent = counts.GetProperty("percent_compliant");
            Assert.Equal(percent.ValueKind == JsonValueKind.Null ? "-" : percent.GetDouble().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%", cells[^1]);
        }

        // Teams: the children of each team add up to the caseload, and the team findings to all findings.
        var teams = root.GetProperty("summary").GetProperty("teams").EnumerateArray().ToList();
        Assert.Equal(60, teams.Sum(t => t.GetProperty("children").GetInt32()));
        Assert.Equal(findings.Count, teams.Sum(t => t.GetProperty("counts").GetProperty("checked").GetInt32()));
        var teamTable = Lines(table.Output).SkipWhile(l => !l.Contains("Compliance by team", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0).ToList();
        foreach (var team in teams)
        {
            var id = team.GetProperty("team").GetString()!;
            var row = teamTable.Single(l => l.Contains("│ " + id + " ", StringComparison.Ordinal));
            var cells = row.Split('│', StringSplitOptions.TrimEntries)[1..^1];
            Assert.Equal(team.GetProperty("children").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), cells[2]);
            Assert.Equal(team.GetProperty("counts").GetProperty("overdue").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), cells[7]);
        }

        // The worklist and the overdue list hold what the findings say.
        var summary = root.GetProperty("summary");
        Assert.Equal(findings.Count(f => f.GetProperty("status").GetString() == "overdue"), summary.GetProperty("overdue").GetInt32());
        Assert.Contains($"Worklist: {summary.GetProperty("worklist").GetInt32()} falling due", table.Output, StringComparison.Ordinal);
        Assert.Contains($"Overdue: {summary.GetProperty("overdue").GetInt32()}, most days overdue first", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_report_is_the_same_on_every_run()
    {
        var first = fixture.Run(new CheckOptions { Cases = fixture.SmallCases });
        var second = fixture.Run(new CheckOptions { Cases = fixture.SmallCases });
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public void A_second_run_takes_the_rule_assemblies_from_the_cache_and_never_calls_Roslyn()
    {
        // The fixture's first run, on an empty cache, compiled each direction version with Roslyn and stored its assembly.
        var versions = fixture.Sample.RootElement.GetProperty("directions").GetArrayLength();
        Assert.Equal(versions, fixture.FirstCache.Misses);
        Assert.Equal(versions, fixture.FirstCache.RoslynCompilations);
        Assert.Contains("compiled with Roslyn (now in the cache)", fixture.SampleJson.Error, StringComparison.Ordinal);

        // A new run, as a new process would, with a new cache object over the same folder.
        var cache = new RuleAssemblyCache(fixture.CacheFolder);
        var run = fixture.Run(new CheckOptions { Cases = fixture.SmallCases, Format = ReportFormat.Json }, cache);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(versions, cache.Hits);
        Assert.Equal(0, cache.Misses);
        Assert.Equal(0, cache.RoslynCompilations);
        Assert.Contains("compiled rule assembly from the cache (no Roslyn)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("compiled with Roslyn", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_interpreter_gives_the_same_findings_as_the_compiled_rules()
    {
        var compiled = fixture.Run(new CheckOptions { Cases = fixture.SmallCases, Format = ReportFormat.Json });
        var interpreted = fixture.Run(new CheckOptions { Cases = fixture.SmallCases, Format = ReportFormat.Json, Interpret = true });

        Assert.True(interpreted.ExitCode == 0, interpreted.ToString());
        Assert.Contains("interpreted (no Roslyn)", interpreted.Error, StringComparison.Ordinal);
        Assert.Equal(compiled.Output.Replace("\"rules_from\": \"compiled\"", "\"rules_from\": \"interpreted\"", StringComparison.Ordinal), interpreted.Output);
    }

    [Fact]
    public void Directions_with_errors_print_the_diagnostics_and_exit_1_without_a_report()
    {
        var folder = fixture.PathOf("broken-directions");
        Directory.CreateDirectory(folder);
        File.Copy(Repository.PathOf("directions", "vocabulary.pd"), Path.Combine(folder, "vocabulary.pd"), overwrite: true);
        File.WriteAllText(Path.Combine(folder, "visits.pd"), """
            direction "Visits"
              id "visits"
              version 1, effective from 2021-09-01

            rule "CIN visits"
              CIN vist every 4 weeks
            """);
        var output = fixture.PathOf("broken-report.json");

        var run = fixture.Run(new CheckOptions { DirectionsFolder = folder, Cases = fixture.SmallCases, Format = ReportFormat.Json, Out = output });

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("error DIR2001: 'CIN vist' is not a term I know. Did you mean 'CIN visit'?", run.Error, StringComparison.Ordinal);
        Assert.Contains("No report was written.", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_bad_as_of_date_exits_2()
    {
        var run = fixture.Run(new CheckOptions { Cases = fixture.SmallCases, AsOf = "2025-02-30" });

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--as-of: '2025-02-30' is not a date (expected YYYY-MM-DD).", run.Error.Trim());
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void The_as_of_date_moves_the_findings()
    {
        var run = fixture.Run(new CheckOptions { Cases = fixture.SmallCases, AsOf = "2025-06-30", Format = ReportFormat.Json });

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal("2025-06-30", document.RootElement.GetProperty("as_of").GetString());
        Assert.All(document.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("2025-06-30", f.GetProperty("as_of").GetString()));
        Assert.Contains("the case data was extracted on 2025-10-01; checking as of 2025-06-30", run.Error, StringComparison.Ordinal);
    }
}
