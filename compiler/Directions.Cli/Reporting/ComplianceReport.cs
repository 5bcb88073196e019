using System.Collections.Immutable;
using Directions.Runtime.CaseData;
using Directions.Runtime.Evaluation;
using Directions.Runtime.Rules;
using NodaTime;

namespace Directions.Cli.Reporting;

/// <summary>What a report is about: the date, the case data, where the rules came from and the directions checked.</summary>
/// <param name="AsOf">The date the rules were checked as of.</param>
/// <param name="Cases">The case data as the user named it (a path).</param>
/// <param name="DirectionsFolder">The folder of directions as the user named it (or as found).</param>
/// <param name="RulesFrom"><c>compiled</c> (rule assemblies) or <c>interpreted</c> (the interpreter, --interpret).</param>
/// <param name="Extracted">The date the case data was extracted, when it says.</param>
public sealed record ReportContext(LocalDate AsOf, string Cases, string DirectionsFolder, string RulesFrom, LocalDate? Extracted);

/// <summary>How many findings have each status; percentages are of the findings where the rule applies.</summary>
public sealed record StatusCounts(int Met, int Due, int Overdue, int Breached, int NotApplicable, int InsufficientData)
{
    /// <summary>No findings.</summary>
    public static StatusCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Every finding counted (for one rule: the children checked).</summary>
    public int Total => Met + Due + Overdue + Breached + NotApplicable + InsufficientData;

    /// <summary>The findings where the rule applies: all but n/a.</summary>
    public int Applicable => Total - NotApplicable;

    /// <summary>The compliant findings: met, and met with the next event due soon. Past breaches and insufficient data count against.</summary>
    public int Compliant => Met + Due;

    /// <summary><see cref="Compliant"/> as a percentage of <see cref="Applicable"/>; null when nothing applies.</summary>
    public double? PercentCompliant => Applicable == 0 ? null : 100.0 * Compliant / Applicable;

    /// <summary>The count of one status.</summary>
    public int this[FindingStatus status] => status switch
    {
        FindingStatus.Met => Met,
        FindingStatus.Due => Due,
        FindingStatus.Overdue => Overdue,
        FindingStatus.Breached => Breached,
        FindingStatus.NotApplicable => NotApplicable,
        FindingStatus.InsufficientData => InsufficientData,
        _ => 0,
    };

    /// <summary>Counts findings by status.</summary>
    public static StatusCounts Of(IEnumerable<Finding> findings)
    {
        var counts = new int[6];
        foreach (var finding in findings)
            counts[(int)finding.Status]++;
        return new StatusCounts(
            counts[(int)FindingStatus.Met], counts[(int)FindingStatus.Due], counts[(int)FindingStatus.Overdue],
            counts[(int)FindingStatus.Breached], counts[(int)FindingStatus.NotApplicable], counts[(int)FindingStatus.InsufficientData]);
    }

    /// <summary>The counts of two sets of findings together.</summary>
    public static StatusCounts Add(StatusCounts a, StatusCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new StatusCounts(a.Met + b.Met, a.Due + b.Due, a.Overdue + b.Overdue, a.Breached + b.Breached, a.NotApplicable + b.NotApplicable, a.InsufficientData + b.InsufficientData);
    }

    /// <summary>"87.5%", or "-" when nothing applies.</summary>
    public string PercentText() => PercentCompliant is { } p ? p.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "-";
}

/// <summary>A direction checked: its manifest and the names of its rules, in source order.</summary>
public sealed record DirectionChecked(DirectionManifest Manifest, ImmutableArray<(string Name, int Line)> Rules);

/// <summary>Compliance with one rule of one direction version over the caseload.</summary>
public sealed record RuleSummary(string DirectionId, string DirectionTitle, string Version, string Rule, int Line, StatusCounts Counts);

/// <summary>Compliance in one team: what a performance clinic looks at.</summary>
/// <param name="Team">The team's id, or <see cref="ComplianceReport.NoTeam"/>.</param>
/// <param name="ServiceArea">The team's service area, when known.</param>
/// <param name="Children">Children of the team in the caseload.</param>
/// <param name="ChildrenWithOverdue">Children of the team with at least one overdue finding.</param>
/// <param name="Counts">The team's findings by status.</param>
public sealed record TeamSummary(string Team, string? ServiceArea, int Children, int ChildrenWithOverdue, StatusCounts Counts);

/// <summary>A finding with the child's team and service area (ids and codes only).</summary>
public sealed record ReportedFinding(Finding Finding, string? Team, string? ServiceArea);

/// <summary>
/// The findings of a check and what every report shows of them: compliance per direction and rule,
/// per team, the worklist (what falls due in the next <see cref="EvaluationOptions.DueSoonDays"/> days)
/// and the overdue list. Holds ids, codes, dates and the runtime's explanations; never personal details.
/// </summary>
public sealed class ComplianceReport
{
    /// <summary>The team shown for a child with none recorded.</summary>
    public const string NoTeam = "(no team)";

    private ComplianceReport(
        ReportContext context, ImmutableArray<DirectionChecked> directions, int children, ImmutableArray<ReportedFinding> findings,
        ImmutableArray<RuleSummary> rules, ImmutableArray<TeamSummary> teams, ImmutableArray<ReportedFinding> worklist,
        ImmutableArray<ReportedFinding> overdue)
    {
        Context = context;
        Directions = directions;
        Children = children;
        Findings = findings;
        Rules = rules;
        Teams = teams;
        Worklist = worklist;
        Overdue = overdue;
        Totals = StatusCounts.Of(findings.Select(f => f.Finding));
    }

    /// <summary>What the report is about.</summary>
    public ReportContext Context { get; }

    /// <summary>The directions checked, by id and version.</summary>
    public ImmutableArray<DirectionChecked> Directions { get; }

    /// <summary>The children in the caseload.</summary>
    public int Children { get; }

    /// <summary>Every finding, by child, direction and rule.</summary>
    public ImmutableArray<ReportedFinding> Findings { get; }

    /// <summary>Every rule of every direction checked, in direction and source order, with its counts (zero when no child was checked).</summary>
    public ImmutableArray<RuleSummary> Rules { get; }

    /// <summary>Every team with children, by service area and team.</summary>
    public ImmutableArray<TeamSummary> Teams { get; }

    /// <summary>Findings whose next event falls due between the as-of date and <see cref="EvaluationOptions.DueSoonDays"/> days after it, by date.</summary>
    public ImmutableArray<ReportedFinding> Worklist { get; }

    /// <summary>Overdue findings, most days overdue first.</summary>
    public ImmutableArray<ReportedFinding> Overdue { get; }

    /// <summary>All findings by status.</summary>
    public StatusCounts Totals { get; }

    /// <summary>The last day of the worklist.</summary>
    public LocalDate WorklistUntil => Context.AsOf.PlusDays(EvaluationOptions.DueSoonDays);

    /// <summary>Builds the report of findings over a caseload.</summary>
    public static ComplianceReport Build(ReportContext context, IReadOnlyList<DirectionSpec> directions, Caseload caseload, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(directions);
        ArgumentNullException.ThrowIfNull(caseload);
        ArgumentNullException.ThrowIfNull(findings);

        var teamOf = new Dictionary<string, (string? Team, string? Area)>(StringComparer.Ordinal);
        foreach (var child in caseload.Children)
            teamOf[child.Id] = (child.Team, child.ServiceArea ?? (child.Team is { } t ? caseload.FindTeam(t)?.ServiceArea : null));
        var reported = findings
            .Select(f => teamOf.TryGetValue(f.ChildId, out var team) ? new ReportedFinding(f, team.Team, team.Area) : new ReportedFinding(f, null, null))
            .ToImmutableArray();

        var checkedDirections = directions
            .OrderBy(d => d.Manifest.Id, StringComparer.Ordinal).ThenBy(d => d.Manifest.EffectiveFrom)
            .Select(d => new DirectionChecked(d.Manifest, [.. d.Rules.Select(r => (r.Name, r.Line))]))
            .ToImmutableArray();

        var byRule = reported.ToLookup(f => (f.Finding.Citation.DirectionId, f.Finding.Citation.Version, f.Finding.Citation.RuleName));
        var rules = checkedDirections
            .SelectMany(d => d.Rules.Select(r => new RuleSummary(d.Manifest.Id, d.Manifest.Title, d.Manifest.Version, r.Name, r.Line,
                StatusCounts.Of(byRule[(d.Manifest.Id, d.Manifest.Version, r.Name)].Select(f => f.Finding)))))
            .ToImmutableArray();

        var childrenByTeam = caseload.Children.GroupBy(c => c.Team ?? NoTeam, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var teams = reported
            .GroupBy(f => f.Team ?? NoTeam, StringComparer.Ordinal)
            .Select(g => new TeamSummary(
                g.Key,
                g.Select(f => f.ServiceArea).FirstOrDefault(a => a is not null) ?? caseload.FindTeam(g.Key)?.ServiceArea,
                childrenByTeam.GetValueOrDefault(g.Key),
                g.Where(f => f.Finding.Status == FindingStatus.Overdue).Select(f => f.Finding.ChildId).Distinct(StringComparer.Ordinal).Count(),
                StatusCounts.Of(g.Select(f => f.Finding))))
            .OrderBy(t => t.Team == NoTeam)
            .ThenBy(t => t.ServiceArea ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(t => t.Team, StringComparer.Ordinal)
            .ToImmutableArray();

        var until = context.AsOf.PlusDays(EvaluationOptions.DueSoonDays);
        var worklist = reported
            .Where(f => f.Finding.Status is FindingStatus.Met or FindingStatus.Due or FindingStatus.Breached
                        && f.Finding.NextDue is { } due && due >= context.AsOf && due <= until)
            .OrderBy(f => f.Finding.NextDue)
            .ThenBy(f => f.Finding.ChildId, StringComparer.Ordinal)
            .ThenBy(f => f.Finding.Citation.DirectionId, StringComparer.Ordinal)
            .ThenBy(f => f.Finding.Citation.SourceLine)
            .ToImmutableArray();

        var overdue = reported
            .Where(f => f.Finding.Status == FindingStatus.Overdue)
            .OrderByDescending(f => f.Finding.DaysOverdue ?? 0)
            .ThenBy(f => f.Finding.ChildId, StringComparer.Ordinal)
            .ThenBy(f => f.Finding.Citation.DirectionId, StringComparer.Ordinal)
            .ThenBy(f => f.Finding.Citation.SourceLine)
            .ToImmutableArray();

        return new ComplianceReport(context, checkedDirections, caseload.Children.Length, reported, rules, teams, worklist, overdue);
    }
}
