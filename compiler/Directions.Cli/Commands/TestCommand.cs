using System.CommandLine;
using System.Globalization;
using Directions.Compiler;
using Directions.Compiler.Scenarios;

namespace Directions.Cli.Commands;

/// <summary>
/// `directions test [DIR] [--vocabulary FILE] [--counts FILE]`: runs every scenario file (*.scenarios) in
/// the folder (default directions/) against the directions it names, and reports per rule: scenarios
/// passed, failed and skipped, and for each failure the expected and actual finding and the explanation.
/// Also lists rules that lack a met or a not-met scenario. Exits with 1 when any scenario fails or cannot
/// run, 2 when the folder cannot be read.
/// </summary>
public static class TestCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var path = new Argument<string>("path")
        {
            Description = "A folder searched for .scenarios files, or one .scenarios file.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "directions",
        };
        var vocabulary = new Option<string?>("--vocabulary")
        {
            Description = "The vocabulary file to use instead of the nearest vocabulary.pd beside or above each scenario file.",
        };
        var counts = new Option<string?>("--counts")
        {
            Description = "Also write 'passed failed skipped' to this file (for tests/run.sh).",
        };
        var command = new Command("test", "Run the scenario tests (*.scenarios) of the directions and report per rule.")
        {
            path,
            vocabulary,
            counts,
        };
        command.SetAction(result => Run(result.GetValue(path) ?? "directions", result.GetValue(vocabulary), result.GetValue(counts), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the scenarios; returns 0 when all pass (skipped ones aside), 1 when any fails or cannot run, 2 when the inputs cannot be read.</summary>
    public static int Run(string path, string? vocabulary, string? countsFile, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (vocabulary is not null && !File.Exists(vocabulary))
        {
            error.WriteLine($"{vocabulary}: error: there is no such vocabulary file.");
            return WriteCounts(countsFile, 0, 1, 0, error) ?? 2;
        }

        List<string> files;
        if (Directory.Exists(path))
        {
            files = [.. Directory.EnumerateFiles(path, "*" + ScenarioFile.Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            error.WriteLine($"{path}: error: there is no such file or folder. Give a folder of .scenarios files, or one of them.");
            return WriteCounts(countsFile, 0, 1, 0, error) ?? 2;
        }

        if (files.Count == 0)
        {
            error.WriteLine($"{path}: error: there are no scenario files ({ScenarioFile.Extension}) here, so nothing was tested.");
            return WriteCounts(countsFile, 0, 1, 0, error) ?? 1;
        }

        var runner = new ScenarioRunner(vocabulary);
        var results = new List<ScenarioFileResult>();
        foreach (var file in files)
        {
            var result = runner.RunFile(Relative(file));
            results.Add(result);
            Report(result, output);
        }

        if (Directory.Exists(path))
            ReportCoverage(path, vocabulary, results, output);

        var passed = results.Sum(r => r.Passed);
        var failed = results.Sum(r => r.Failed);
        var skipped = results.Sum(r => r.Skipped);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} scenario file(s), {results.Sum(r => r.Results.Length)} scenario(s): {passed} passed, {failed} failed, {skipped} skipped."));
        return WriteCounts(countsFile, passed, failed, skipped, error) ?? (failed > 0 ? 1 : 0);
    }

    private static void Report(ScenarioFileResult file, TextWriter output)
    {
        var against = file.Results.SelectMany(r => r.DirectionFiles).Distinct().ToList();
        output.WriteLine($"{file.Path}: {Count(file.Results.Length, "scenario")}{(against.Count > 0 ? $" against {string.Join(", ", against)}" : string.Empty)}");
        foreach (var error in file.Errors)
            output.WriteLine($"  {error}");

        var width = file.Results.Select(r => r.RuleName.Length).DefaultIfEmpty(0).Max();
        foreach (var rule in file.Results.GroupBy(r => r.RuleName, StringComparer.OrdinalIgnoreCase))
        {
            var passed = rule.Count(r => r.Outcome == ScenarioOutcome.Passed);
            var failed = rule.Count(r => r.IsFailure);
            var skipped = rule.Count(r => r.Outcome == ScenarioOutcome.Skipped);
            var met = rule.Count(r => r.Outcome != ScenarioOutcome.Skipped && r.Scenario.Expectation is { } e && ScenarioStatusNames.IsMet(e.Status));
            var notMet = rule.Count(r => r.Outcome != ScenarioOutcome.Skipped && r.Scenario.Expectation is { } e && ScenarioStatusNames.IsNotMet(e.Status));
            var parts = new List<string> { $"{passed} passed" };
            if (failed > 0)
                parts.Add($"{failed} failed");
            if (skipped > 0)
                parts.Add($"{skipped} skipped");
            output.WriteLine($"  {rule.Key.PadRight(width)}  {string.Join(", ", parts)} ({met} met, {notMet} not met)");
            foreach (var result in rule.Where(r => r.Outcome != ScenarioOutcome.Passed))
                ReportOne(result, output);
        }
    }

    private static void ReportOne(ScenarioResult result, TextWriter output)
    {
        var scenario = result.Scenario;
        var name = $"\"{scenario.Name}\" (line {scenario.Line})";
        switch (result.Outcome)
        {
            case ScenarioOutcome.Skipped:
                var now = result.SkippedWouldPass == true ? " It passes now: remove the skip line." : string.Empty;
                output.WriteLine($"    skipped {name}: {scenario.SkipReason}{now}");
                foreach (var mismatch in result.SkippedWouldPass == false ? result.Mismatches : [])
                    output.WriteLine($"      differs: {mismatch}");
                break;
            case ScenarioOutcome.Error:
                output.WriteLine($"    NOT RUN {name}:");
                foreach (var error in result.Errors)
                    output.WriteLine($"      {error}");
                break;
            default:
                output.WriteLine($"    FAILED {name}");
                output.WriteLine($"      expected:    {scenario.Expectation!.Describe()}");
                output.WriteLine($"      actual:      {(result.Finding is { } finding ? ScenarioRunner.Describe(finding) : "no finding")}");
                foreach (var mismatch in result.Mismatches)
                    output.WriteLine($"      differs:     {mismatch}");
                if (result.Finding is { } actual)
                    output.WriteLine($"      explanation: {actual.Explanation}");
                break;
        }
    }

    /// <summary>Rules of the folder's directions that lack a met or a not-met scenario (a note, not a failure).</summary>
    private static void ReportCoverage(string folder, string? vocabulary, List<ScenarioFileResult> results, TextWriter output)
    {
        using var quiet = new StringWriter();
        var sources = SourceSet.Collect([folder], vocabulary is null ? [] : [vocabulary], quiet);
        if (sources is null)
            return;
        var compilation = DirectionCompilation.Create(sources.Trees);
        var lacking = ScenarioCoverage.Compute(compilation.Directions, results.SelectMany(r => r.Results)).Where(c => !c.IsCovered).ToList();
        if (lacking.Count == 0)
            return;
        output.WriteLine("Rules without both a met and a not-met scenario:");
        foreach (var file in lacking.GroupBy(c => c.File))
        {
            output.WriteLine($"  {file.Key}: {Count(file.Count(), "rule")}");
            foreach (var rule in file)
                output.WriteLine($"    {rule.Rule} (line {rule.Line}): {rule.Lacking}");
        }
    }

    private static int? WriteCounts(string? countsFile, int passed, int failed, int skipped, TextWriter error)
    {
        if (countsFile is null)
            return null;
        try
        {
            File.WriteAllText(countsFile, string.Create(CultureInfo.InvariantCulture, $"{passed} {failed} {skipped}\n"));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{countsFile}: error: cannot write the counts: {ex.Message}");
            return 2;
        }
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
