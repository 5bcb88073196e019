using System.CommandLine;
using Directions.Cli.Reporting;
using Directions.Cli.Review;
using Directions.Runtime.Loading;

namespace Directions.Cli.Commands;

/// <summary>
/// `directions impact OLD NEW --cases FILE [--as-of DATE] [--format text|md]` (or `--git REV1..REV2 [PATH]`):
/// runs both versions of the directions over the same caseload and reports whose findings change
/// (newly overdue, newly breached, newly met, due dates moved ...), counted per rule and per team,
/// with the children's IDs. Exit codes: 0 a report was written, 1 a side has errors, 2 bad input.
/// </summary>
public static class ImpactCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "OLD and NEW (files or folders of directions); with --git, the path in the repository (default directions/).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var git = new Option<string?>("--git") { Description = "Compare two git revisions of PATH: REV1..REV2; or REV alone, against the files as they are now." };
        var cases = new Option<string?>("--cases") { Description = "The case data (canonical JSON). Default: the sample caseload in directions/cases/." };
        var asOf = new Option<string?>("--as-of") { Description = "The date to check as of (YYYY-MM-DD). Default: 2025-10-01, as check." };
        var format = new Option<string>("--format") { Description = "text (default) or md (Markdown for a pull-request comment).", DefaultValueFactory = _ => "text" };
        var vocabulary = new Option<string[]>("--vocabulary") { Description = "Vocabulary files to use instead of looking for vocabulary.pd (both sides)." };
        var command = new Command("impact", "Run two versions of the directions over the same children and report whose findings change, per rule and per team.")
        {
            paths, git, cases, asOf, format, vocabulary,
        };
        command.SetAction(result => Run(
            new ImpactOptions(result.GetValue(paths) ?? [], result.GetValue(git), result.GetValue(cases), result.GetValue(asOf),
                result.GetValue(format) ?? "text", result.GetValue(vocabulary) ?? []),
            Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the comparison; see the class for the exit codes.</summary>
    public static int Run(ImpactOptions options, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (options.Format is not ("text" or "md"))
        {
            error.WriteLine($"--format: '{options.Format}' is not a format of impact; give text or md.");
            return 2;
        }

        var asOf = CheckSession.DefaultAsOf;
        if (options.AsOf is { } text && !CheckSession.TryParseDate(text, out asOf))
        {
            error.WriteLine($"--as-of: '{text}' is not a date (expected YYYY-MM-DD).");
            return 2;
        }

        var cases = options.Cases ?? (CheckSession.FindDefaultFolder() is { } folder ? Path.Combine(folder, CheckSession.DefaultCasesFile) : null);
        if (cases is null || !File.Exists(cases))
        {
            error.WriteLine($"{cases ?? "--cases"}: error: there is no such case data file. Give it with --cases FILE.");
            return 2;
        }

        ReviewSide before, after;
        try
        {
            (before, after) = ReviewSides.Open(options.Paths, options.Git, options.Vocabularies);
        }
        catch (ReviewInputException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 2;
        }

        foreach (var side in new[] { before, after })
        {
            var errors = side.Compilation.GetDiagnostics().Where(d => d.IsError).ToList();
            if (errors.Count == 0)
                continue;
            foreach (var diagnostic in errors)
                error.WriteLine(diagnostic.ToString());
            error.WriteLine($"{side.Label}: {errors.Count} error(s) in the directions: fix them before their impact can be measured.");
            return 1;
        }

        CaseloadLoadResult load;
        try
        {
            load = new JsonCaseDataSource(cases).Load();
        }
        catch (CaseDataException e)
        {
            error.WriteLine(e.Message);
            return 2;
        }

        var changes = ImpactAnalysis.Run(before.Compilation, after.Compilation, load.Caseload, asOf);
        var date = ReportText.Date(asOf);
        error.WriteLine($"Impact of {after.Label} against {before.Label} on {cases} (interpreted rules).");
        if (options.Format == "md")
            ImpactReportWriter.WriteMarkdown(output, changes, load.Caseload.Children.Length, date);
        else
            ImpactReportWriter.WriteText(output, changes, load.Caseload.Children.Length, date);
        return 0;
    }
}
