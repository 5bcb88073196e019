using System.Globalization;
using System.Net;
using Directions.Runtime.Evaluation;

namespace Directions.Cli.Reporting;

/// <summary>
/// Writes a report as one self-contained HTML page a manager can open in a browser: inline CSS, no
/// scripts, no images, no external links. It has the summary, compliance by rule and by team, the
/// worklist and the overdue list with explanations. Every text from the data is HTML-encoded.
/// </summary>
public static class HtmlReportWriter
{
    private const string Css = """
        :root { --ink: #1d2733; --muted: #5b6775; --line: #d8dee6; --band: #f4f6f9; --met: #2e7d32; --due: #1565c0; --overdue: #c62828; --breached: #ef6c00; --na: #78909c; --insufficient: #6a1b9a; }
        * { box-sizing: border-box; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); margin: 0; background: #fff; }
        header { background: #1f3a5f; color: #fff; padding: 20px 32px; }
        header h1 { margin: 0 0 4px; font-size: 24px; font-weight: 600; }
        header p { margin: 2px 0; color: #dbe6f3; }
        main { padding: 8px 32px 40px; max-width: 1400px; }
        h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 16px 0 6px; }
        p.note { color: var(--muted); margin: 4px 0 10px; font-size: 13px; }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0 4px; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 130px; background: var(--band); }
        .card .n { font-size: 26px; font-weight: 650; }
        .card .l { color: var(--muted); font-size: 13px; }
        .card.overdue .n { color: var(--overdue); } .card.due .n { color: var(--due); } .card.met .n { color: var(--met); } .card.breached .n { color: var(--breached); }
        table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; font-size: 14px; }
        th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
        th { background: var(--band); font-weight: 600; white-space: nowrap; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.total td { font-weight: 650; border-top: 2px solid var(--ink); }
        td.overdue { color: var(--overdue); font-weight: 600; }
        .bar { display: inline-block; width: 80px; height: 9px; background: #e6e9ee; border-radius: 5px; vertical-align: middle; margin-right: 6px; overflow: hidden; }
        .bar span { display: block; height: 100%; background: var(--met); }
        .bar.low span { background: var(--overdue); } .bar.mid span { background: var(--breached); }
        .status { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px; color: #fff; white-space: nowrap; }
        .status.met { background: var(--met); } .status.due { background: var(--due); } .status.overdue { background: var(--overdue); }
        .status.breached { background: var(--breached); } .status.not_applicable { background: var(--na); } .status.insufficient_data { background: var(--insufficient); }
        td.explain { max-width: 720px; }
        .cite { color: var(--muted); font-size: 12px; }
        footer { color: var(--muted); font-size: 12px; padding: 0 32px 24px; }
        @media print { header { background: #fff; color: var(--ink); } header p { color: var(--muted); } }
        """;

    /// <summary>Writes the page.</summary>
    public static void Write(ComplianceReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var w = new Page(writer);
        var context = report.Context;
        var t = report.Totals;

        w.Line("<!DOCTYPE html>");
        w.Line("<html lang=\"en-GB\">");
        w.Line("<head>");
        w.Line("<meta charset=\"utf-8\">");
        w.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.Line($"<title>Directions check as of {E(ReportText.LongDate(context.AsOf))}</title>");
        w.Line("<style>");
        w.Line(Css);
        w.Line("</style>");
        w.Line("</head>");
        w.Line("<body>");
        w.Line("<header>");
        w.Line($"<h1>Compliance with practice directions as of {E(ReportText.LongDate(context.AsOf))}</h1>");
        var extracted = context.Extracted is { } x ? $", extracted {ReportText.Date(x)}" : string.Empty;
        w.Line($"<p>Cases: {E(context.Cases)} ({N(report.Children)} children{E(extracted)})</p>");
        w.Line($"<p>Directions: {E(string.Join("; ", report.Directions.Select(d => $"{d.Manifest.Title} ({d.Manifest.Id} version {d.Manifest.Version})")))}</p>");
        w.Line("</header>");
        w.Line("<main>");

        w.Line("<section id=\"summary\">");
        w.Line("<h2>Summary</h2>");
        w.Line("<div class=\"cards\">");
        Card(w, "", PercentOf(t), "compliant");
        Card(w, "", N(report.Findings.Length), "findings (children × rules)");
        Card(w, "met", N(t.Met), "met");
        Card(w, "due", N(t.Due), "due in the next 14 days");
        Card(w, "overdue", N(t.Overdue), "overdue");
        Card(w, "breached", N(t.Breached), "breached in the past");
        Card(w, "", N(t.InsufficientData), "insufficient data");
        Card(w, "", N(t.NotApplicable), "not applicable");
        w.Line("</div>");
        w.Line("<p class=\"note\">Compliant: met, or met with the next event due soon, out of the findings where the rule applies (all but not applicable). Breaches in the past and insufficient data count against.</p>");
        w.Line("</section>");

        w.Line("<section id=\"rules\">");
        w.Line("<h2>Compliance by rule</h2>");
        foreach (var direction in report.Directions)
        {
            var m = direction.Manifest;
            var issuer = m.IssuedBy is null ? string.Empty : m.IssuedBy + ", ";
            w.Line($"<h3>{E(issuer + m.Title)}, version {E(m.Version)} <span class=\"cite\">({E(m.SourceFile)})</span></h3>");
            w.Line("<table>");
            w.Line("<thead><tr><th>Rule</th><th class=\"n\">Line</th>" + CountHeadings("Children") + "</tr></thead>");
            w.Line("<tbody>");
            var rows = report.Rules.Where(r => r.DirectionId == m.Id && r.Version == m.Version).ToList();
            foreach (var row in rows)
                w.Line($"<tr><td>{E(row.Rule)}</td><td class=\"n\">{N(row.Line)}</td>{CountCells(row.Counts)}</tr>");
            w.Line($"<tr class=\"total\"><td>All rules</td><td></td>{CountCells(Sum(rows.Select(r => r.Counts)))}</tr>");
            w.Line("</tbody>");
            w.Line("</table>");
        }

        w.Line("</section>");

        w.Line("<section id=\"teams\">");
        w.Line("<h2>Compliance by team</h2>");
        w.Line("<table>");
        w.Line("<thead><tr><th>Service area</th><th>Team</th><th class=\"n\">Children</th><th class=\"n\">With overdue</th>" + CountHeadings("Findings") + "</tr></thead>");
        w.Line("<tbody>");
        foreach (var team in report.Teams)
        {
            w.Line($"<tr><td>{E(team.ServiceArea ?? "-")}</td><td>{E(team.Team)}</td><td class=\"n\">{N(team.Children)}</td>" +
                   $"<td class=\"n{(team.ChildrenWithOverdue > 0 ? " overdue" : "")}\">{N(team.ChildrenWithOverdue)}</td>{CountCells(team.Counts)}</tr>");
        }

        w.Line($"<tr class=\"total\"><td>All teams</td><td></td><td class=\"n\">{N(report.Teams.Sum(x => x.Children))}</td><td class=\"n\">{N(report.Teams.Sum(x => x.ChildrenWithOverdue))}</td>{CountCells(Sum(report.Teams.Select(x => x.Counts)))}</tr>");
        w.Line("</tbody>");
        w.Line("</table>");
        w.Line("</section>");

        w.Line("<section id=\"worklist\">");
        w.Line($"<h2>Worklist: due from {E(ReportText.LongDate(context.AsOf))} to {E(ReportText.LongDate(report.WorklistUntil))} ({N(report.Worklist.Length)})</h2>");
        if (report.Worklist.IsEmpty)
        {
            w.Line("<p>Nothing falls due in the next 14 days.</p>");
        }
        else
        {
            w.Line("<table>");
            w.Line("<thead><tr><th>Due</th><th>Child</th><th>Team</th><th>Rule</th><th>Direction</th><th class=\"n\">Days left</th></tr></thead>");
            w.Line("<tbody>");
            foreach (var item in report.Worklist)
            {
                var f = item.Finding;
                var due = f.NextDue!.Value;
                var left = NodaTime.Period.Between(context.AsOf, due, NodaTime.PeriodUnits.Days).Days;
                w.Line($"<tr><td>{E(ReportText.Date(due))}</td><td>{E(f.ChildId)}</td><td>{E(item.Team ?? "-")}</td><td>{E(f.Citation.RuleName)}</td>" +
                       $"<td>{E(f.Citation.DirectionId)} {E(f.Citation.Version)}</td><td class=\"n\">{N(left)}</td></tr>");
            }

            w.Line("</tbody>");
            w.Line("</table>");
        }

        w.Line("</section>");

        w.Line("<section id=\"overdue\">");
        w.Line($"<h2>Overdue ({N(report.Overdue.Length)}), most days overdue first</h2>");
        if (report.Overdue.IsEmpty)
        {
            w.Line("<p>Nothing is overdue.</p>");
        }
        else
        {
            w.Line("<table>");
            w.Line("<thead><tr><th>Child</th><th>Team</th><th>Rule</th><th>Since</th><th class=\"n\">Days</th><th>Explanation</th></tr></thead>");
            w.Line("<tbody>");
            foreach (var item in report.Overdue)
            {
                var f = item.Finding;
                var evidence = f.Evidence.IsEmpty ? string.Empty : "<br><span class=\"cite\">Evidence: " + E(string.Join(", ", f.Evidence.OrderBy(e => e.Date).Select(e => $"{e.RecordId} ({ReportText.Date(e.Date)})"))) + "</span>";
                w.Line($"<tr><td>{E(f.ChildId)}</td><td>{E(item.Team ?? "-")}</td><td>{E(f.Citation.RuleName)}</td><td>{E(ReportText.Date(f.OverdueSince))}</td>" +
                       $"<td class=\"n overdue\">{(f.DaysOverdue is { } d ? N(d) : "-")}</td><td class=\"explain\">{E(f.Explanation)}{evidence}</td></tr>");
            }

            w.Line("</tbody>");
            w.Line("</table>");
        }

        w.Line("</section>");
        w.Line("</main>");
        w.Line($"<footer>Made by <code>directions check</code> ({E(context.RulesFrom)} rules) from {E(context.DirectionsFolder)}. Children are named by their case-system ids only.</footer>");
        w.Line("</body>");
        w.Line("</html>");
    }

    private static void Card(Page w, string kind, string number, string label) =>
        w.Line($"<div class=\"card {kind}\"><div class=\"n\">{number}</div><div class=\"l\">{E(label)}</div></div>");

    private static string CountHeadings(string checkedHeading) =>
        $"<th class=\"n\">{E(checkedHeading)}</th>" +
        string.Concat(StatusNames.InColumnOrder.Select(s => $"<th class=\"n\">{E(StatusNames.Label(s))}</th>")) +
        "<th>% compliant</th>";

    private static string CountCells(StatusCounts counts)
    {
        var cells = $"<td class=\"n\">{N(counts.Total)}</td>" + string.Concat(StatusNames.InColumnOrder.Select(s =>
            $"<td class=\"n{(s == FindingStatus.Overdue && counts[s] > 0 ? " overdue" : "")}\">{N(counts[s])}</td>"));
        var percent = counts.PercentCompliant;
        var bar = percent is { } p
            ? $"<span class=\"bar{(p < 60 ? " low" : p < 85 ? " mid" : "")}\"><span style=\"width:{p.ToString("0.#", CultureInfo.InvariantCulture)}%\"></span></span>"
            : string.Empty;
        return cells + $"<td class=\"n\">{bar}{E(counts.PercentText())}</td>";
    }

    private static string PercentOf(StatusCounts counts) => E(counts.PercentText());

    private static StatusCounts Sum(IEnumerable<StatusCounts> counts) =>
        counts.Aggregate(StatusCounts.Zero, StatusCounts.Add);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(int value) => ReportText.Number(value);

    /// <summary>Lines with "\n" whatever the platform, so the page is the same everywhere.</summary>
    private sealed class Page(TextWriter writer)
    {
        public void Line(string text)
        {
            writer.Write(text);
            writer.Write('\n');
        }
    }
}
