using System.Globalization;
using Directions.Cli.Generation;
using Directions.Compiler.Emit;
using Directions.Runtime.Loading;
using Directions.Runtime.Rules;
using NodaTime;

namespace Directions.Cli.Reporting;

/// <summary>What `directions check` and `directions explain` are given.</summary>
public sealed record CheckOptions
{
    /// <summary>The folder of directions; null to find directions/ from the current folder upwards.</summary>
    public string? DirectionsFolder { get; init; }

    /// <summary>The case data (canonical JSON); null for <see cref="CheckSession.DefaultCasesFile"/> in the directions folder.</summary>
    public string? Cases { get; init; }

    /// <summary>The as-of date as given (YYYY-MM-DD); null for <see cref="CheckSession.DefaultAsOf"/>.</summary>
    public string? AsOf { get; init; }

    /// <summary>How to write the report.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Table;

    /// <summary>The file to write the report to; null for standard output.</summary>
    public string? Out { get; init; }

    /// <summary>Run the rules with the interpreter instead of compiled rule assemblies.</summary>
    public bool Interpret { get; init; }

    /// <summary>Compile rule assemblies with Roslyn every time, neither reading nor filling the cache.</summary>
    public bool NoCache { get; init; }

    /// <summary>The cache of rule assemblies; null for the default one (<see cref="RuleAssemblyCache.CreateDefault"/>).</summary>
    public RuleAssemblyCache? Cache { get; init; }

    /// <summary>Standard output is an interactive terminal: colours and its width.</summary>
    public bool Terminal { get; init; }

    /// <summary>Standard error is an interactive terminal outside CI: a progress bar on long runs.</summary>
    public bool ShowProgress { get; init; }
}

/// <summary>
/// The inputs of a check, ready: the directions compiled into rules, the case data loaded, the as-of date.
/// Opening one does everything that can fail before a report is written, in order: find the folder, read the
/// as-of date (exit 2), compile the directions (exit 1 on errors), load the case data (exit 2 on bad data,
/// with the loader's file, line and JSON path).
/// </summary>
public sealed class CheckSession : IDisposable
{
    /// <summary>The case data used when none is given: the committed sample, in the directions folder.</summary>
    public static readonly string DefaultCasesFile = Path.Combine("cases", "sample-caseload.json");

    /// <summary>
    /// The as-of date used when none is given: 1 October 2025, the date the committed sample's data runs up to
    /// (<see cref="CaseloadGenerator.DefaultAsOf"/>), so the default report is the same on every run.
    /// </summary>
    public static LocalDate DefaultAsOf { get; } = LocalDate.FromDateOnly(CaseloadGenerator.DefaultAsOf);

    private CheckSession(string folder, string cases, LocalDate asOf, CheckRules rules, CaseloadLoadResult load)
    {
        DirectionsFolder = folder;
        Cases = cases;
        AsOf = asOf;
        Rules = rules;
        Load = load;
        Evaluator = new RuleEvaluator(rules.Directions);
    }

    /// <summary>The folder of directions.</summary>
    public string DirectionsFolder { get; }

    /// <summary>The case data file.</summary>
    public string Cases { get; }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The rules.</summary>
    public CheckRules Rules { get; }

    /// <summary>The loaded case data and what in it was not known.</summary>
    public CaseloadLoadResult Load { get; }

    /// <summary>The evaluator over the rules.</summary>
    public RuleEvaluator Evaluator { get; }

    /// <summary>What reports say about the run.</summary>
    public ReportContext Context => new(AsOf, Cases, DirectionsFolder, Rules.RulesFrom, Load.Caseload.Extracted);

    /// <summary>
    /// Opens a check; on failure returns null having said why on <paramref name="error"/>, with
    /// <paramref name="exitCode"/> 1 (errors in the directions) or 2 (missing inputs, a bad date, bad case data).
    /// Status lines (where the rules came from, unknown record types) go to <paramref name="error"/> too, so
    /// standard output holds only the report.
    /// </summary>
    public static CheckSession? Open(CheckOptions options, TextWriter error, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(error);
        exitCode = 2;
        var folder = options.DirectionsFolder ?? FindDefaultFolder();
        if (folder is null || !Directory.Exists(folder))
        {
            error.WriteLine($"{folder ?? "directions/"}: error: I cannot find the directions folder. Run from the repository, or give --directions DIR.");
            return null;
        }

        var asOf = DefaultAsOf;
        if (options.AsOf is { } text && !TryParseDate(text, out asOf))
        {
            error.WriteLine($"--as-of: '{text}' is not a date (expected YYYY-MM-DD).");
            return null;
        }

        var cases = options.Cases ?? Path.Combine(folder, DefaultCasesFile);
        if (options.Cases is null && !File.Exists(cases))
        {
            error.WriteLine($"{cases}: error: there is no sample caseload in the directions folder. Give the case data with --cases FILE.");
            return null;
        }

        var cache = options.Interpret || options.NoCache ? null : options.Cache ?? RuleAssemblyCache.CreateDefault();
        var rules = CheckRules.Load(folder, options.Interpret, cache, error, out exitCode);
        if (rules is null)
            return null;

        CaseloadLoadResult load;
        try
        {
            load = new JsonCaseDataSource(cases).Load();
        }
        catch (CaseDataException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine($"{cases}: the case data cannot be checked until this is put right. No report was written.");
            rules.Dispose();
            exitCode = 2;
            return null;
        }

        error.WriteLine(rules.Describe());
        foreach (var line in load.Describe())
            error.WriteLine($"{cases}: warning: {line}");
        if (load.Caseload.Extracted is { } extracted && extracted != asOf)
            error.WriteLine($"{cases}: note: the case data was extracted on {ReportText.Date(extracted)}; checking as of {ReportText.Date(asOf)} (give --as-of to change).");

        exitCode = 0;
        return new CheckSession(folder, cases, asOf, rules, load);
    }

    /// <summary>Reads YYYY-MM-DD.</summary>
    public static bool TryParseDate(string text, out LocalDate date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = LocalDate.FromDateOnly(parsed);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>The nearest folder named directions holding vocabulary.pd, from the current folder upwards, relative to it.</summary>
    public static string? FindDefaultFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "directions");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, SourceSet.VocabularyFileName)))
                return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate);
        }

        return null;
    }

    /// <summary>Unloads the rule assemblies.</summary>
    public void Dispose() => Rules.Dispose();
}
