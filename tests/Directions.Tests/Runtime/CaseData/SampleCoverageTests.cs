using Directions.Cli.Reporting;
using Directions.Runtime.Evaluation;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Runtime.CaseData;

/// <summary>
/// The committed sample caseload exercises every rule of every direction in directions/: run as of the
/// default date, each rule has at least one child who meets it (met or due) and at least one who does
/// not (overdue or breached), so the main command's report shows both sides of every rule. Rules that
/// another rule `overrides` are not checked and give no findings, so they are not asked for.
/// </summary>
public sealed class SampleCoverageTests
{
    /// <summary>
    /// Rules the sample does not yet cover both ways, as "direction id: rule name". Each is a gap in the
    /// generator (compiler/Directions.Cli/Generation/) to close, not a rule that may stay uncovered.
    /// </summary>
    private static readonly HashSet<string> KnownGaps = new(StringComparer.Ordinal)
    {
        // Met on the sample, never broken: too few children of the kind for a bad draw (2 care leavers
        // with a needs assessment, 2-6 placement orders, 3 placements with prospective adopters, 8
        // households with a member of 16 or over asked while the direction is in force). Reported to the
        // lead; close by generating more such children in compiler/Directions.Cli/Generation/.
        "stoke-assessment: Care leaver's needs assessment within 3 months",
        "stoke-cla: Care plan kept until placed for adoption",
        "stoke-cla: Reviews after a placement order",
        "stoke-cla: Reviews after placement with prospective adopters",
        "stoke-recording: Own consent of household members aged 16 or over",

        // Rules written in the last minutes of session 2 with the new 'before' forms (lead time before a
        // meeting, 'before each'), and one Bristol 2025 rule: the generator makes no invitations,
        // consultation forms, reminders, IRO conversations, reports to the chair or IRO, or change-of-
        // service notes dated before meetings yet, so they are never met (or, for the court report, never
        // late) on the sample. The next session's first generator task.
        "bristol-s17-protocol: Family told of a change in service",
        "stoke-cin-plans: Invitations three to four weeks before the meeting",
        "stoke-cla: Child's wishes for the review discussed six weeks before",
        "stoke-cla: Consultation forms sent 20 working days before every review",
        "stoke-cla: Practitioner and IRO speak 15 days before every review",
        "stoke-cla: Report and care plan with the IRO three working days before every review",
        "stoke-cp-plans: Conference report shared with the family before each review conference",
        "stoke-cp-plans: Conference report with the chair three working days before",
        "stoke-recording: Court report with Legal Services five working days before filing",
    };

    [Fact]
    public void Every_rule_has_met_and_not_met_findings_on_the_sample()
    {
        using var error = new StringWriter();
        using var session = CheckSession.Open(
            new CheckOptions { DirectionsFolder = Repository.PathOf("directions"), Interpret = true }, error, out var exitCode);
        Assert.True(session is not null, $"exit {exitCode}: {error}");

        var findings = session.Evaluator.Evaluate(session.Load.Caseload, session.AsOf);
        var byRule = findings.ToLookup(f => Key(f.Citation.DirectionId, f.Citation.RuleName));
        var rules = session.Rules.Directions
            .SelectMany(d => d.Rules.Select(r => Key(d.Manifest.Id, r.Name)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(rules);

        var neverMet = rules.Where(r => !byRule[r].Any(f => f.Status is FindingStatus.Met or FindingStatus.Due)).ToList();
        var neverNotMet = rules.Where(r => !byRule[r].Any(f => f.Status is FindingStatus.Overdue or FindingStatus.Breached)).ToList();
        var lacking = neverMet.Select(r => $"{r}: never met or due")
            .Concat(neverNotMet.Select(r => $"{r}: never overdue or breached"))
            .Where(line => !KnownGaps.Contains(line[..line.LastIndexOf(':')]))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(
            lacking.Count == 0,
            $"{lacking.Count} of {rules.Count} rules lack a finding on the sample (add records to the generator, then regenerate the sample):\n"
            + string.Join("\n", lacking));

        // The allow-list holds only rules that exist and still lack coverage: a gap closed or a rule renamed must leave it.
        var stale = KnownGaps.Where(g => !neverMet.Contains(g) && !neverNotMet.Contains(g)).Order(StringComparer.Ordinal).ToList();
        Assert.True(stale.Count == 0, "Covered now, or no longer a rule; remove from KnownGaps:\n" + string.Join("\n", stale));
    }

    private static string Key(string directionId, string ruleName) => $"{directionId}: {ruleName}";
}
