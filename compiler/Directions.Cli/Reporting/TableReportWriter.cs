using System.Globalization;
using Directions.Runtime.Evaluation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Directions.Cli.Reporting;

/// <summary>
/// Writes a report for a person with Spectre.Console: a compliance table per direction (one row per
/// rule), a table per team, the worklist of what falls due in the next
/// <see cref="EvaluationOptions.DueSoonDays"/> days, and the overdue list with each finding's explanation.
/// Every text from the data is written as plain text, never as markup.
/// </summary>
public static class TableReportWriter
{
    /// <summary>The width used when the output is not a terminal (a file, a pipe, a test).</summary>
    public const int FileWidth = 160;

    /// <summary>A console over a writer: colours and the terminal's width when <paramref name="terminal"/>, else plain text <see cref="FileWidth"/> wide.</summary>
    public static IAnsiConsole CreateConsole(TextWriter writer, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            console.Profile.Width = FileWidth;
            console.Profile.Capabilities.Unicode = true;
        }

        return console;
    }

    /// <summary>Writes the whole report.</summary>
    public static void Write(ComplianceReport report, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(console);
        WriteHeader(report, console);
        WriteRules(report, console);
        WriteTeams(report, console);
        WriteWorklist(report, console);
        WriteOverdue(report, console);
    }

    private static void WriteHeader(ComplianceReport report, IAnsiConsole console)
    {
        var context = report.Context;
        var extracted = context.Extracted is { } e ? $", extracted {ReportText.Date(e)}" : string.Empty;
        console.Write(new Text($"Directions check as of {ReportText.LongDate(context.AsOf)} ({ReportText.Date(context.AsOf)})", new Style(decoration: Decoration.Bold)));
        console.WriteLine();
        console.WriteLine($"Cases: {context.Cases} ({ReportText.Number(report.Children)} children{extracted})", Style.Plain);
        console.WriteLine($"Directions: {context.DirectionsFolder}: {string.Join(", ", report.Directions.Select(d => $"{d.Manifest.Id} {d.Manifest.Version}"))} ({context.RulesFrom} rules)", Style.Plain);
        var t = report.Totals;
        console.WriteLine(
            $"Findings: {ReportText.Number(report.Findings.Length)}: {ReportText.Number(t.Met)} met, {ReportText.Number(t.Due)} due, {ReportText.Number(t.Overdue)} overdue, " +
            $"{ReportText.Number(t.Breached)} breached, {ReportText.Number(t.NotApplicable)} n/a, {ReportText.Number(t.InsufficientData)} insufficient; {t.PercentText()} compliant",
            Style.Plain);
        console.WriteLine();
    }

    private static void WriteRules(ComplianceReport report, IAnsiConsole console)
    {
        foreach (var direction in report.Directions)
        {
            var m = direction.Manifest;
            var rows = report.Rules.Where(r => r.DirectionId == m.Id && r.Version == m.Version).ToList();
            var table = NewTable($"{m.Id} {m.Version}: {m.Title}");
            table.AddColumn(new TableColumn("Rule"));
            table.AddColumn(new TableColumn("Line").RightAligned());
            AddCountColumns(table, "Children");
            foreach (var row in rows)
                table.AddRow([new Text(row.Rule), Right(ReportText.Number(row.Line)), .. CountCells(row.Counts, row.Counts.Total)]);
            var total = Sum(rows.Select(r => r.Counts));
            SetFooters(table, [new Text("All rules", Bold), Right(string.Empty), .. CountCells(total, total.Total, Bold)]);
            console.Write(table);
            console.WriteLine();
        }

        console.WriteLine("Compliant: met or due, out of the findings where the rule applies (all but n/a); breached (in the past) and insufficient data count against.", Style.Plain);
        console.WriteLine();
    }

    private static void WriteTeams(ComplianceReport report, IAnsiConsole console)
    {
        var table = NewTable("Compliance by team");
        table.AddColumn(new TableColumn("Service area"));
        table.AddColumn(new TableColumn("Team"));
        table.AddColumn(new TableColumn("Children").RightAligned());
        table.AddColumn(new TableColumn("With overdue").RightAligned());
        AddCountColumns(table, "Findings");
        foreach (var team in report.Teams)
        {
            table.AddRow([new Text(team.ServiceArea ?? "-"), new Text(team.Team), Right(ReportText.Number(team.Children)), Right(ReportText.Number(team.ChildrenWithOverdue)),
                .. CountCells(team.Counts, team.Counts.Total)]);
        }

        var total = Sum(report.Teams.Select(t => t.Counts));
        SetFooters(table, [new Text("All teams", Bold), new Text(string.Empty), Right(ReportText.Number(report.Teams.Sum(t => t.Children)), Bold),
            Right(ReportText.Number(report.Teams.Sum(t => t.ChildrenWithOverdue)), Bold), .. CountCells(total, total.Total, Bold)]);
        console.Write(table);
        console.WriteLine();
    }

    private static void WriteWorklist(ComplianceReport report, IAnsiConsole console)
    {
        var title = $"Worklist: {ReportText.Number(report.Worklist.Length)} falling due from {ReportText.Date(report.Context.AsOf)} to {ReportText.Date(report.WorklistUntil)}";
        if (report.Worklist.IsEmpty)
        {
            console.WriteLine(title + ": nothing.", Style.Plain);
            console.WriteLine();
            return;
        }

        var table = NewTable(title);
        table.AddColumn("Due");
        table.AddColumn("Child");
        table.AddColumn("Team");
        table.AddColumn("Direction");
        table.AddColumn("Rule");
        table.AddColumn(new TableColumn("Days left").RightAligned());
        foreach (var item in report.Worklist)
        {
            var f = item.Finding;
            var due = f.NextDue!.Value;
            table.AddRow(new Text(ReportText.Date(due)), new Text(f.ChildId), new Text(item.Team ?? "-"),
                new Text($"{f.Citation.DirectionId} {f.Citation.Version}"), new Text(f.Citation.RuleName),
                Right(ReportText.Number(NodaTime.Period.Between(report.Context.AsOf, due, NodaTime.PeriodUnits.Days).Days)));
        }

        console.Write(table);
        console.WriteLine();
    }

    private static void WriteOverdue(ComplianceReport report, IAnsiConsole console)
    {
        if (report.Overdue.IsEmpty)
        {
            console.WriteLine("Overdue: nothing is overdue.", Style.Plain);
            return;
        }

        console.Write(new Text($"Overdue: {ReportText.Number(report.Overdue.Length)}, most days overdue first", Bold));
        console.WriteLine();
        foreach (var item in report.Overdue)
        {
            var f = item.Finding;
            var days = f.DaysOverdue is { } d ? $" ({ReportText.Number(d)} day{(d == 1 ? "" : "s")})" : string.Empty;
            console.WriteLine();
            console.Write(new Text($"{f.ChildId}  {item.Team ?? "-"}  {f.Citation.RuleName}: overdue since {ReportText.Date(f.OverdueSince)}{days}",
                new Style(Color.Red, decoration: Decoration.Bold)));
            console.WriteLine();
            foreach (var line in Wrap(f.Explanation, Math.Max(40, console.Profile.Width - 4)))
                console.WriteLine("    " + line, Style.Plain);
        }
    }

    private static readonly Style Bold = new(decoration: Decoration.Bold);

    private static Table NewTable(string title) => new Table
    {
        Title = new TableTitle(Markup.Escape(title), new Style(decoration: Decoration.Bold)),
        Border = TableBorder.Rounded,
    };

    private static void AddCountColumns(Table table, string checkedHeading)
    {
        table.AddColumn(new TableColumn(checkedHeading).RightAligned());
        foreach (var status in StatusNames.InColumnOrder)
            table.AddColumn(new TableColumn(Capitalise(StatusNames.Label(status))).RightAligned());
        table.AddColumn(new TableColumn("% compliant").RightAligned());
    }

    private static IEnumerable<IRenderable> CountCells(StatusCounts counts, int total, Style? style = null)
    {
        yield return Right(ReportText.Number(total), style);
        foreach (var status in StatusNames.InColumnOrder)
            yield return Right(ReportText.Number(counts[status]), status == FindingStatus.Overdue && counts[status] > 0 ? new Style(Color.Red, decoration: style?.Decoration ?? Decoration.None) : style);
        yield return Right(counts.PercentText(), style);
    }

    /// <summary>Words into lines of at most <paramref name="width"/> characters (a longer word gets a line of its own).</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
                line.Append(' ');
            line.Append(word);
        }

        if (line.Length > 0)
            yield return line.ToString();
    }

    private static void SetFooters(Table table, IReadOnlyList<IRenderable> cells)
    {
        table.ShowFooters = true;
        for (var i = 0; i < cells.Count && i < table.Columns.Count; i++)
            table.Columns[i].Footer = cells[i];
    }

    private static StatusCounts Sum(IEnumerable<StatusCounts> counts) =>
        counts.Aggregate(StatusCounts.Zero, StatusCounts.Add);

    private static Text Right(string text, Style? style = null) => new(text, style) { Justification = Justify.Right };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
