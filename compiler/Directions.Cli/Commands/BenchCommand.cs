using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Directions.Cli.Generation;
using Directions.Cli.Reporting;
using Directions.Compiler;
using Directions.Compiler.Emit;
using Directions.Compiler.Interpretation;
using Directions.Runtime.CaseData;
using Directions.Runtime.Loading;
using Directions.Runtime.Rules;
using NodaTime;
using Spectre.Console;

namespace Directions.Cli.Commands;

/// <summary>
/// `directions bench [--children 10000,100000] [--seed S] [--directions DIR]`: measures, on generated
/// caseloads, the cold compile of the directions (Roslyn, cache bypassed), start-up from the cache (in this
/// process and as a new `directions check` process), check throughput (children × rules per second) with
/// the compiled rule assemblies and with the interpreter, and peak memory. Prints tables; not a test.
/// Run it in Release for figures worth quoting: <c>dotnet run -c Release --project compiler/Directions.Cli -- bench</c>.
/// </summary>
public static class BenchCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var children = new Option<string>("--children")
        {
            Description = "Caseload sizes, comma-separated (default 10000,100000).",
            DefaultValueFactory = _ => "10000,100000",
        };
        var seed = new Option<int>("--seed") { Description = "The generator's seed (default 2025).", DefaultValueFactory = _ => 2025 };
        var directions = new Option<string?>("--directions") { Description = "The folder of directions (default: directions/, found from the current folder upwards)." };
        var noProcess = new Option<bool>("--no-process") { Description = "Skip the start-up measurements that run `directions check` as a new process." };
        var command = new Command("bench", "Measure compile time, cached start-up, check throughput (compiled and interpreted) and peak memory on generated caseloads.")
        {
            children,
            seed,
            directions,
            noProcess,
        };
        command.SetAction(result => Run(result.GetValue(children)!, result.GetValue(seed), result.GetValue(directions), !result.GetValue(noProcess), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the benchmark; 0 when done, 1 when the directions have errors, 2 on bad options.</summary>
    public static int Run(string sizes, int seed, string? directionsFolder, bool measureProcesses, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var counts = new List<int>();
        foreach (var part in sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            {
                error.WriteLine($"--children: '{part}' is not a number of children.");
                return 2;
            }

            counts.Add(n);
        }

        var folder = directionsFolder ?? CheckSession.FindDefaultFolder();
        if (folder is null || !Directory.Exists(folder))
        {
            error.WriteLine($"{folder ?? "directions/"}: error: I cannot find the directions folder. Run from the repository, or give --directions DIR.");
            return 2;
        }

        var console = TableReportWriter.CreateConsole(output, ProgressDisplay.OutputIsInteractive);
        var work = Path.Combine(Path.GetTempPath(), "directions-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            return Measure(counts, seed, folder, measureProcesses, work, console, error);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{work}: note: the benchmark's temporary folder could not be removed ({ex.Message}).");
            }
        }
    }

    private static int Measure(List<int> sizes, int seed, string folder, bool measureProcesses, string work, IAnsiConsole console, TextWriter error)
    {
        var setup = new List<(string What, string Value)>();
        var asOf = CheckSession.DefaultAsOf;

        // Cold compile: parse, bind, plan, emit and Roslyn, with no cache; the first in this process.
        var stopwatch = Stopwatch.StartNew();
        var compilation = Compile(folder);
        var frontEnd = stopwatch.Elapsed;
        var errors = compilation.GetDiagnostics().Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            foreach (var diagnostic in errors)
                error.WriteLine(diagnostic.ToString());
            return 1;
        }

        var cold = RuleAssemblyBuilder.Build(compilation, cache: null, CheckRules.SourceRoot(folder));
        var coldTime = stopwatch.Elapsed;
        if (cold.Any(r => !r.Success))
        {
            foreach (var diagnostic in cold.SelectMany(r => r.Diagnostics))
                error.WriteLine(diagnostic.ToString());
            return 1;
        }

        stopwatch.Restart();
        RuleAssemblyBuilder.Build(Compile(folder), cache: null, CheckRules.SourceRoot(folder));
        var warmCompile = stopwatch.Elapsed;
        setup.Add(("Directions", $"{folder}: {compilation.Directions.Length} direction(s), {compilation.Directions.Sum(d => d.Rules.Length)} rules"));
        setup.Add(("Cold compile (parse, bind, emit, Roslyn; first in the process, cache bypassed)", Seconds(coldTime) + $" (front end {Seconds(frontEnd)})"));
        setup.Add(("Compile again in the same process (Roslyn warm, cache bypassed)", Seconds(warmCompile)));

        // Start-up from the cache, in this process: compile the front end, find the assemblies in the cache, load them, build the specs.
        var cacheFolder = Path.Combine(work, "cache");
        CheckRules.Load(folder, interpret: false, new RuleAssemblyCache(cacheFolder), TextWriter.Null, out _)?.Dispose();
        stopwatch.Restart();
        var cache = new RuleAssemblyCache(cacheFolder);
        var rules = CheckRules.Load(folder, interpret: false, cache, TextWriter.Null, out _)!;
        var cachedStart = stopwatch.Elapsed;
        setup.Add(("Start-up from the cache, in process (parse, bind, emit, cache hit, load, build)", Seconds(cachedStart) + $" ({cache.Hits} hit(s), {cache.RoslynCompilations} Roslyn compile(s))"));

        stopwatch.Restart();
        var interpreted = SpecInterpreter.Build(Compile(folder));
        setup.Add(("Start-up of the interpreter, in process (parse, bind, plan, build)", Seconds(stopwatch.Elapsed)));

        if (measureProcesses)
        {
            var tiny = Path.Combine(work, "one-child.json");
            File.WriteAllText(tiny, CaseloadGenerator.Generate(new CaseloadGeneratorOptions(1, seed, CaseloadGenerator.DefaultAsOf)));
            var emptyCache = Path.Combine(work, "empty-cache");
            var coldProcess = RunCheckProcess(folder, tiny, emptyCache, Path.Combine(work, "out-cold.json"));
            var warmProcess = RunCheckProcess(folder, tiny, emptyCache, Path.Combine(work, "out-warm.json"));
            setup.Add(("`directions check` as a new process, one child, empty cache (Roslyn)", coldProcess));
            setup.Add(("`directions check` as a new process, one child, cache filled by the run above", warmProcess));
        }

        var summary = new Table { Title = new TableTitle("Compile and start-up"), Border = TableBorder.Rounded };
        summary.AddColumn("Measure");
        summary.AddColumn("Time");
        foreach (var (what, value) in setup)
            summary.AddRow(new Text(what), new Text(value));
        console.Write(summary);
        console.WriteLine();

        var throughput = new Table { Title = new TableTitle("Check throughput (children × rules per second) and memory"), Border = TableBorder.Rounded };
        foreach (var heading in new[] { "Children", "Records", "Generate", "Load JSON", "Checks", "Compiled", "Compiled checks/s", "Interpreted", "Interpreted checks/s", "Managed heap", "Peak working set" })
            throughput.AddColumn(new TableColumn(heading).RightAligned());

        var ruleCount = rules.RuleCount;
        // Warm-up (not reported): the first evaluation in a process pays for JIT compiling the runtime and the rules.
        var warmUp = JsonCaseDataSource.FromText(CaseloadGenerator.Generate(new CaseloadGeneratorOptions(200, seed + 1, CaseloadGenerator.DefaultAsOf)), "warm-up").Load().Caseload;
        Evaluate(new RuleEvaluator(rules.Directions), warmUp, asOf);
        Evaluate(new RuleEvaluator(interpreted), warmUp, asOf);
        foreach (var size in sizes)
        {
            var path = Path.Combine(work, $"caseload-{size.ToString(CultureInfo.InvariantCulture)}.json");
            stopwatch.Restart();
            CaseloadGeneratorSummary generated;
            using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
                generated = CaseloadGenerator.Write(new CaseloadGeneratorOptions(size, seed, CaseloadGenerator.DefaultAsOf), writer);
            var generateTime = stopwatch.Elapsed;

            stopwatch.Restart();
            var caseload = new JsonCaseDataSource(path).Load().Caseload;
            var loadTime = stopwatch.Elapsed;
            File.Delete(path);

            var checks = (double)size * ruleCount;
            var (compiledTime, heap) = Evaluate(new RuleEvaluator(rules.Directions), caseload, asOf);
            var (interpretedTime, _) = Evaluate(new RuleEvaluator(interpreted), caseload, asOf);

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            throughput.AddRow(
                Right(size.ToString("N0", CultureInfo.InvariantCulture)),
                Right(generated.Records.ToString("N0", CultureInfo.InvariantCulture)),
                Right(Seconds(generateTime)),
                Right(Seconds(loadTime)),
                Right(checks.ToString("N0", CultureInfo.InvariantCulture)),
                Right(Seconds(compiledTime)),
                Right((checks / compiledTime.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture)),
                Right(Seconds(interpretedTime)),
                Right((checks / interpretedTime.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture)),
                Right(Megabytes(heap)),
                Right(Megabytes(process.PeakWorkingSet64)));
            caseload = null;
            GC.Collect();
        }

        rules.Dispose();
        console.Write(throughput);
        console.WriteLine();
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"As of {ReportText.Date(asOf)}, seed {seed}, {Environment.ProcessorCount} processor(s), .NET {Environment.Version}, {(IsOptimised() ? "Release" : "Debug")} build. ") +
            "Checks are evaluated in parallel over children; times include making every finding with its explanation. Managed heap: after the compiled check, findings still held. Peak working set: of this process so far.", Style.Plain);
        return 0;
    }

    private static DirectionCompilation Compile(string folder) => CheckRules.Compile(folder);

    /// <summary>One full evaluation: its time, and the managed heap while its findings are still held.</summary>
    private static (TimeSpan Time, long Heap) Evaluate(RuleEvaluator evaluator, Caseload caseload, LocalDate asOf)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var stopwatch = Stopwatch.StartNew();
        var findings = evaluator.Evaluate(caseload, asOf);
        var time = stopwatch.Elapsed;
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(findings);
        return (time, heap);
    }

    /// <summary>Runs `directions check` on a tiny caseload as a new process with its own cache folder; its wall time, or why it could not run.</summary>
    private static string RunCheckProcess(string folder, string cases, string cacheFolder, string output)
    {
        var host = Environment.ProcessPath;
        if (host is null)
            return "not measured (no process path)";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        foreach (var argument in new[] { "check", "--directions", folder, "--cases", cases, "--format", "json", "--out", output })
            start.ArgumentList.Add(argument);
        start.Environment[RuleAssemblyCache.EnvironmentVariable] = cacheFolder;
        start.Environment["CI"] = "true";
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start);
        if (process is null)
            return "not measured (the process did not start)";
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var time = stopwatch.Elapsed;
        var how = stderr.Result.Contains("from the cache", StringComparison.Ordinal) ? "from the cache" : stderr.Result.Contains("compiled with Roslyn", StringComparison.Ordinal) ? "Roslyn" : "?";
        return process.ExitCode == 0 ? $"{Seconds(time)} ({how})" : $"failed (exit {process.ExitCode.ToString(CultureInfo.InvariantCulture)})";
    }

    private static bool IsOptimised() =>
        typeof(BenchCommand).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false).OfType<DebuggableAttribute>().All(d => !d.IsJITOptimizerDisabled);

    private static Text Right(string text) => new(text) { Justification = Justify.Right };

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("N0", CultureInfo.InvariantCulture) + " MB";
}
