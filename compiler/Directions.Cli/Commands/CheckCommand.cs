using System.CommandLine;
using System.Text;
using Directions.Cli.Reporting;

namespace Directions.Cli.Commands;

/// <summary>
/// `directions check [--directions DIR] [--cases FILE] [--as-of DATE] [--format table|json|csv|html] [--out FILE] [--interpret]`:
/// the main job. Compiles the directions into rule assemblies (from the cache when unchanged), runs them
/// against the case data as of a date, and reports compliance per direction and rule, per team, the
/// worklist of the next 14 days and the overdue list with explanations. With no options: directions/ found
/// from the current folder upwards, its committed sample caseload, as of 2025-10-01.
/// Exit codes: 0 report written; 1 errors in the directions; 2 missing or bad input (a bad date, bad case
/// data, an output file that cannot be written). On 1 or 2 no report is written.
/// </summary>
public static class CheckCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var options = new CommonOptions();
        var format = new Option<ReportFormat>("--format")
        {
            Description = "table (default), json, csv or html.",
            DefaultValueFactory = _ => ReportFormat.Table,
        };
        var output = new Option<string?>("--out")
        {
            Description = "Write the report to this file (whole or not at all) instead of standard output.",
        };
        var command = new Command("check", "Check case data against the directions: compliance by rule and by team, the 14-day worklist and the overdue list.");
        options.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(result => Run(options.Read(result) with { Format = result.GetValue(format), Out = result.GetValue(output) }, Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the check; see the class for the exit codes.</summary>
    public static int Run(CheckOptions options, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        using var session = CheckSession.Open(options, error, out var exitCode);
        if (session is null)
            return exitCode;

        var findings = ProgressDisplay.Evaluate(session.Evaluator, session.Load.Caseload, session.AsOf, options.ShowProgress);
        var report = ComplianceReport.Build(session.Context, session.Rules.Directions, session.Load.Caseload, findings);

        if (options.Out is not { } path)
        {
            Write(report, options.Format, output, options.Terminal);
            output.Flush();
            return 0;
        }

        try
        {
            ReportFile.Write(path, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                Write(report, options.Format, writer, terminal: false);
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: error: the report cannot be written: {ex.Message}");
            return 2;
        }

        error.WriteLine($"Wrote the {options.Format.ToString().ToLowerInvariant()} report to {path}: {report.Findings.Length} findings, {report.Overdue.Length} overdue, {report.Worklist.Length} on the worklist.");
        return 0;
    }

    /// <summary>Writes a report in a format to a writer.</summary>
    public static void Write(ComplianceReport report, ReportFormat format, TextWriter writer, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case ReportFormat.Json:
                writer.Write(JsonReportWriter.ToText(report));
                break;
            case ReportFormat.Csv:
                CsvReportWriter.Write(report, writer);
                break;
            case ReportFormat.Html:
                HtmlReportWriter.Write(report, writer);
                break;
            default:
                TableReportWriter.Write(report, TableReportWriter.CreateConsole(writer, terminal));
                break;
        }

        writer.Flush();
    }
}

/// <summary>The options `check` and `explain` share: --directions, --cases, --as-of, --interpret, --no-cache.</summary>
public sealed class CommonOptions
{
    private readonly Option<string?> _directions = new("--directions")
    {
        Description = "The folder of directions (default: directions/, found from the current folder upwards).",
    };

    private readonly Option<string?> _cases = new("--cases")
    {
        Description = "The case data, canonical JSON (default: cases/sample-caseload.json in the directions folder).",
    };

    private readonly Option<string?> _asOf = new("--as-of")
    {
        Description = "Check as of this date, YYYY-MM-DD (default 2025-10-01, the date the sample's data runs up to).",
    };

    private readonly Option<bool> _interpret = new("--interpret")
    {
        Description = "Run the rules with the interpreter instead of compiled rule assemblies (no Roslyn, no cache).",
    };

    private readonly Option<bool> _noCache = new("--no-cache")
    {
        Description = "Compile the rule assemblies with Roslyn, neither reading nor filling the cache ($DIRECTIONS_CACHE or .directions-cache/).",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_directions);
        command.Options.Add(_cases);
        command.Options.Add(_asOf);
        command.Options.Add(_interpret);
        command.Options.Add(_noCache);
    }

    /// <summary>The options as parsed, with the terminal's state.</summary>
    public CheckOptions Read(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CheckOptions
        {
            DirectionsFolder = result.GetValue(_directions),
            Cases = result.GetValue(_cases),
            AsOf = result.GetValue(_asOf),
            Interpret = result.GetValue(_interpret),
            NoCache = result.GetValue(_noCache),
            Terminal = ProgressDisplay.OutputIsInteractive,
            ShowProgress = ProgressDisplay.ErrorIsInteractive,
        };
    }
}
