using System.Collections.Immutable;
using Directions.Compiler;
using Directions.Compiler.Interpretation;
using Directions.Runtime.CaseData;
using Directions.Runtime.Evaluation;
using Directions.Runtime.Rules;
using NodaTime;

namespace Directions.Cli.Review;

/// <summary>
/// Runs two versions of the directions over the same caseload, as of the same date, with the
/// interpreter (the same findings as the compiled rules: both start from the same plans), and
/// lists every child whose finding for a rule changes. Findings are paired by child, direction
/// id and rule name, so a new version of a direction is compared with the old one.
/// </summary>
public static class ImpactAnalysis
{
    /// <summary>The changed findings, by direction, rule, kind and child.</summary>
    public static ImmutableArray<FindingChange> Run(DirectionCompilation before, DirectionCompilation after, Caseload caseload, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(caseload);
        var old = Evaluate(before, caseload, asOf);
        var @new = Evaluate(after, caseload, asOf);
        var changes = new List<FindingChange>();
        foreach (var key in old.Keys.Union(@new.Keys))
        {
            var o = old.GetValueOrDefault(key);
            var n = @new.GetValueOrDefault(key);
            if (Classify(o, n) is not { } kind)
                continue;
            changes.Add(new FindingChange(key.ChildId, caseload.FindChild(key.ChildId)?.Team, key.DirectionId, key.Rule, kind,
                o?.Status, n?.Status, Due(o), Due(n)));
        }

        return [.. changes
            .OrderBy(c => c.DirectionId, StringComparer.Ordinal)
            .ThenBy(c => c.Rule, StringComparer.Ordinal)
            .ThenBy(c => c.Kind)
            .ThenBy(c => c.ChildId, StringComparer.Ordinal)];
    }

    private static Dictionary<(string ChildId, string DirectionId, string Rule), Finding> Evaluate(DirectionCompilation compilation, Caseload caseload, LocalDate asOf)
    {
        var evaluator = new RuleEvaluator(SpecInterpreter.Build(compilation));
        var findings = new Dictionary<(string, string, string), Finding>();
        foreach (var finding in evaluator.Evaluate(caseload, asOf))
            findings[(finding.ChildId, finding.Citation.DirectionId, finding.Citation.RuleName)] = finding;
        return findings;
    }

    /// <summary>The date a finding turns on: the first overdue day, else the next due date.</summary>
    private static LocalDate? Due(Finding? finding) => finding?.OverdueSince ?? finding?.NextDue;

    private static FindingChangeKind? Classify(Finding? before, Finding? after)
    {
        var was = before?.Status ?? FindingStatus.NotApplicable;
        var now = after?.Status ?? FindingStatus.NotApplicable;
        if (was == now)
            return was != FindingStatus.NotApplicable && Due(before) != Due(after) ? FindingChangeKind.DueDateMoved : null;
        return (was, now) switch
        {
            (FindingStatus.Met or FindingStatus.Due, FindingStatus.Met or FindingStatus.Due) when Due(before) != Due(after) => FindingChangeKind.DueDateMoved,
            (_, FindingStatus.Overdue) => FindingChangeKind.NewlyOverdue,
            (_, FindingStatus.Breached) => FindingChangeKind.NewlyBreached,
            (FindingStatus.NotApplicable, _) => FindingChangeKind.NowApplies,
            (_, FindingStatus.NotApplicable) => FindingChangeKind.NoLongerApplies,
            (FindingStatus.Overdue or FindingStatus.Breached, FindingStatus.Met or FindingStatus.Due) => FindingChangeKind.NewlyMet,
            _ => FindingChangeKind.OtherStatusChange,
        };
    }
}
