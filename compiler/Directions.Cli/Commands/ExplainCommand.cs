using System.CommandLine;
using System.Text;
using Directions.Cli.Reporting;
using Directions.Runtime.Evaluation;
using Spectre.Console;

namespace Directions.Cli.Commands;

/// <summary>
/// `directions explain CHILD_ID [--directions DIR] [--cases FILE] [--as-of DATE] [--format table|json] [--out FILE] [--interpret]`:
/// every finding for one child, each with the timeline of the records that decided it (the evidence, by
/// date), the breaches, and the explanation with its citation. Ids and dates only.
/// Exit codes as `check`: 0, 1 errors in the directions, 2 missing or bad input (an unknown child included).
/// </summary>
public static class ExplainCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var child = new Argument<string>("child-id") { Description = "The child's id in the case data, e.g. C0001." };
        var options = new CommonOptions();
        var format = new Option<ReportFormat>("--format")
        {
            Description = "table (default) or json (the findings format of `check --format json`, for this child only).",
            DefaultValueFactory = _ => ReportFormat.Table,
        };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("explain", "Explain every finding for one child: the records that decided it, in date order, and why.");
        command.Arguments.Add(child);
        options.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(result => Run(result.GetValue(child)!, options.Read(result) with { Format = result.GetValue(format), Out = result.GetValue(output) },
            Console.Out, Console.Error));
        return command;
    }

    /// <summary>Explains one child's findings; see the class for the exit codes.</summary>
    public static int Run(string childId, CheckOptions options, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(childId);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (options.Format is not (ReportFormat.Table or ReportFormat.Json))
        {
            error.WriteLine("--format: explain writes table or json.");
            return 2;
        }

        using var session = CheckSession.Open(options, error, out var exitCode);
        if (session is null)
            return exitCode;

        var caseload = session.Load.Caseload;
        var child = caseload.FindChild(childId);
        if (child is null)
        {
            error.WriteLine($"{session.Cases}: error: there is no child with the id '{childId}' in the case data.");
            return 2;
        }

        var findings = session.Evaluator.Evaluate(child, caseload, session.AsOf);
        var report = ComplianceReport.Build(session.Context, session.Rules.Directions, caseload, findings);

        void WriteTo(TextWriter writer, bool terminal)
        {
            if (options.Format == ReportFormat.Json)
                writer.Write(JsonReportWriter.ToText(report));
            else
                Write(report, child.Id, TableReportWriter.CreateConsole(writer, terminal));
            writer.Flush();
        }

        if (options.Out is not { } path)
        {
            WriteTo(output, options.Terminal);
            return 0;
        }

        try
        {
            ReportFile.Write(path, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                WriteTo(writer, terminal: false);
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: error: the explanation cannot be written: {ex.Message}");
            return 2;
        }

        return 0;
    }

    /// <summary>
    /// The timeline of a finding: its evidence and the ends of its breaches, by date (then by record id), each
    /// line once; the due dates and the as-of date at their places.
    /// </summary>
    public static IReadOnlyList<(NodaTime.LocalDate Date, string Record, string What)> Timeline(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var lines = new List<(NodaTime.LocalDate Date, string Record, string What)>();
        lines.AddRange(finding.Evidence.Select(e => (e.Date, e.RecordId, e.What)));
        if (finding.OverdueSince is { } since)
            lines.Add((since, string.Empty, $"overdue from this day{(finding.DaysOverdue is { } d ? $" ({ReportText.Number(d)} day{(d == 1 ? "" : "s")} by the as-of date)" : string.Empty)}"));
        lines.Add((finding.AsOf, string.Empty, "as of (the date checked)"));
        if (finding.NextDue is { } due)
            lines.Add((due, string.Empty, "next due"));
        return [.. lines.Distinct().OrderBy(l => l.Date).ThenBy(l => l.Record.Length == 0).ThenBy(l => l.Record, StringComparer.Ordinal)];
    }

    /// <summary>A paragraph indented by two spaces, wrapped to the console's width.</summary>
    private static void Paragraph(IAnsiConsole console, string text)
    {
        foreach (var line in TableReportWriter.Wrap(text, Math.Max(40, console.Profile.Width - 2)))
            console.WriteLine("  " + line, Style.Plain);
    }

    private static void Write(ComplianceReport report, string childId, IAnsiConsole console)
    {
        var context = report.Context;
        var team = report.Findings.FirstOrDefault()?.Team;
        console.Write(new Text($"Child {childId}{(team is null ? string.Empty : $", team {team}")}: {ReportText.Number(report.Findings.Length)} finding(s) as of {ReportText.LongDate(context.AsOf)} ({ReportText.Date(context.AsOf)})",
            new Style(decoration: Decoration.Bold)));
        console.WriteLine();
        console.WriteLine($"Cases: {context.Cases}; directions: {context.DirectionsFolder} ({context.RulesFrom} rules)", Style.Plain);
        foreach (var reported in report.Findings)
        {
            var finding = reported.Finding;
            var c = finding.Citation;
            console.WriteLine();
            var status = StatusNames.Label(finding.Status);
            if (finding.Status == FindingStatus.Overdue && finding.OverdueSince is { } since)
                status += $" since {ReportText.Date(since)}" + (finding.DaysOverdue is { } days ? $" ({ReportText.Number(days)} days)" : string.Empty);
            else if (finding.NextDue is { } next)
                status += $", next due {ReportText.Date(next)}";
            console.Write(new Rule(Markup.Escape($"{c.RuleName} ({c.DirectionId} {c.Version}): {status}")) { Justification = Justify.Left });
            console.WriteLine($"{c.SourceFile} line {ReportText.Number(c.SourceLine)}{(c.Paragraphs.Count == 0 ? string.Empty : "; " + string.Join(", ", c.Paragraphs))}", Style.Plain);

            var timeline = new Table { Border = TableBorder.Simple, ShowHeaders = true };
            timeline.AddColumn("Date");
            timeline.AddColumn("Record");
            timeline.AddColumn("What");
            foreach (var (date, record, what) in Timeline(finding))
                timeline.AddRow(new Text(ReportText.Date(date)), new Text(record.Length == 0 ? "-" : record), new Text(what));
            console.Write(timeline);

            foreach (var breach in finding.Breaches)
                Paragraph(console, $"Breach {ReportText.Date(breach.From)} to {ReportText.Date(breach.To)}: {breach.Explanation}");
            if (finding.MissingData is { } missing)
                Paragraph(console, $"Missing: {missing}");
            Paragraph(console, finding.Explanation);
        }
    }
}
