using System.Text.Json;
using Directions.Cli.Commands;
using Directions.Cli.Generation;
using Directions.Cli.Reporting;
using Directions.Compiler.Emit;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Cli;

/// <summary>What one in-process run of a command gave.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- output ---\n{Output}\n--- error ---\n{Error}";
}

/// <summary>
/// Shared by the command tests: a temporary folder with its own rule-assembly cache, a small generated
/// caseload, and one `check --format json` of the committed sample, which is the run that fills the cache
/// (the one Roslyn compile of these tests). Later runs take their rules from that cache.
/// </summary>
public sealed class CheckFixture : IDisposable
{
    public CheckFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "directions-check-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        CacheFolder = Path.Combine(Folder, "cache");
        SmallCases = Path.Combine(Folder, "small-caseload.json");
        File.WriteAllText(SmallCases, CaseloadGenerator.Generate(new CaseloadGeneratorOptions(60, 11, CaseloadGenerator.DefaultAsOf)));

        FirstCache = new RuleAssemblyCache(CacheFolder);
        SampleJson = Run(new CheckOptions { Format = ReportFormat.Json }, FirstCache);
        Assert.True(SampleJson.ExitCode == 0, SampleJson.ToString());
        Sample = JsonDocument.Parse(SampleJson.Output);
    }

    /// <summary>The committed directions.</summary>
    public static string DirectionsFolder => Repository.PathOf("directions");

    /// <summary>The committed sample caseload (500 children).</summary>
    public static string SampleCases => Repository.PathOf("directions", "cases", "sample-caseload.json");

    /// <summary>A temporary folder, deleted at the end.</summary>
    public string Folder { get; }

    /// <summary>The cache the fixture's runs use (empty before the first run).</summary>
    public string CacheFolder { get; }

    /// <summary>The cache of the first run: it compiled with Roslyn.</summary>
    public RuleAssemblyCache FirstCache { get; }

    /// <summary>60 generated children, seed 11.</summary>
    public string SmallCases { get; }

    /// <summary>`check --format json` of the sample.</summary>
    public CliRun SampleJson { get; }

    /// <summary>The parsed JSON of <see cref="SampleJson"/>.</summary>
    public JsonDocument Sample { get; }

    /// <summary>Runs check in process with the committed directions, the sample unless other cases are given, and a cache on <see cref="CacheFolder"/>.</summary>
    public CliRun Run(CheckOptions options, RuleAssemblyCache? cache = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CheckCommand.Run(Complete(options, cache), output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs explain in process, as <see cref="Run"/>.</summary>
    public CliRun Explain(string childId, CheckOptions options, RuleAssemblyCache? cache = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ExplainCommand.Run(childId, Complete(options, cache), output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    private CheckOptions Complete(CheckOptions options, RuleAssemblyCache? cache) => options with
    {
        DirectionsFolder = options.DirectionsFolder ?? DirectionsFolder,
        Cases = options.Cases ?? SampleCases,
        Cache = options.Cache ?? cache ?? new RuleAssemblyCache(CacheFolder),
    };

    /// <summary>A file in the temporary folder.</summary>
    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        Sample.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A rule assembly may still be mapped; the temporary folder is left for the system to clear.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>The command tests share one <see cref="CheckFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class CheckCollection : ICollectionFixture<CheckFixture>
{
    public const string Name = "Check command";
}
