using System.Globalization;
using Directions.LanguageServer.Bench;

// dotnet run -c Release --project lsp/Directions.LanguageServer.Bench [-- --lines 3000 --rounds 100]
var lines = Options.Int(args, "--lines", 3000);
var rounds = Options.Int(args, "--rounds", 100);
var repository = Repository.Find();
Console.WriteLine($"Directions language server latency: a {lines}-line direction, {rounds} rounds per measure, the server as a child process over stdio.");
var workspace = BigWorkspace.Create(repository, lines);
Console.WriteLine($"workspace: {workspace.Folder} ({workspace.LineCount} lines, {workspace.Text.Length / 1024} KB, {workspace.RequirementLines.Count} requirement lines)");
List<Result> results;
await using (var client = await BenchClient.StartAsync(workspace))
    results = await Measures.RunAsync(client, workspace, rounds);
Directory.Delete(workspace.Folder, recursive: true);
Console.WriteLine();
Console.WriteLine($"{"measure",-44} {"n",5} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"server CPU ms/op",17}");
foreach (var result in results)
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Name,-44} {result.Samples.Count,5} {result.Percentile(50),8:F1} {result.Percentile(95),8:F1} {result.Samples.Max(),8:F1} {result.ServerCpuPerSample,17:F1}"));
var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
Console.WriteLine($"(machine: {Environment.ProcessorCount} cores, load average {load} at the end, .NET {Environment.Version})");
