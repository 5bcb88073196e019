using System.Collections.Concurrent;
using System.Collections.Immutable;
using Directions.Runtime.CaseData;
using Directions.Runtime.Evaluation;
using Directions.Runtime.Time;
using NodaTime;

namespace Directions.Runtime.Rules;

/// <summary>
/// Runs compiled directions against case data. Each child x rule gives one finding per version of the
/// direction whose days in force reach the as-of date; a version judges only what happened while it
/// was in force (a gap belongs to the version in force on the day it closes, a deadline to the version
/// in force on its anchor's day). Thread-safe: children are evaluated in parallel.
/// </summary>
public sealed class RuleEvaluator
{
    private readonly ImmutableArray<(DirectionSpec Spec, LocalDate? End)> _directions;

    /// <summary>Prepares directions for evaluation, working out when each version stops being in force.</summary>
    public RuleEvaluator(IEnumerable<DirectionSpec> directions, WorkingDayCalendar? calendar = null)
    {
        var all = directions.ToList();
        Calendar = calendar ?? WorkingDayCalendar.EnglandAndWales;
        _directions = [.. all.Select(d => (d, EffectiveEnd(d.Manifest, all)))];
    }

    /// <summary>The working-day calendar used for working-day limits.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The directions, in the order given.</summary>
    public IEnumerable<DirectionSpec> Directions => _directions.Select(d => d.Spec);

    /// <summary>
    /// The last day a version is in force: its own 'until', or the day before a version that supersedes it
    /// comes into force; null when open-ended.
    /// </summary>
    public static LocalDate? EffectiveEnd(DirectionManifest manifest, IEnumerable<DirectionSpec> all)
    {
        if (manifest.EffectiveUntil is { } until)
            return until;
        var successor = all.Select(d => d.Manifest)
            .Where(m => string.Equals(m.SupersedesId, manifest.Id, StringComparison.OrdinalIgnoreCase)
                        && string.Equals(m.SupersedesVersion, manifest.Version, StringComparison.OrdinalIgnoreCase))
            .OrderBy(m => m.EffectiveFrom)
            .FirstOrDefault();
        return successor?.EffectiveFrom.PlusDays(-1);
    }

    /// <summary>Evaluates every child of a caseload, in parallel; findings come back ordered by child, direction and rule.</summary>
    public IReadOnlyList<Finding> Evaluate(Caseload caseload, LocalDate asOf, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new ConcurrentBag<(int Index, IReadOnlyList<Finding> Findings)>();
        var done = 0;
        Parallel.For(0, caseload.Children.Length, new ParallelOptions { CancellationToken = cancellationToken }, index =>
        {
            results.Add((index, Evaluate(caseload.Children[index], caseload, asOf)));
            var count = Interlocked.Increment(ref done);
            if (progress is not null && (count % 100 == 0 || count == caseload.Children.Length))
                progress.Report(count);
        });
        return [.. results.OrderBy(r => r.Index).SelectMany(r => r.Findings)];
    }

    /// <summary>Evaluates one child.</summary>
    public IReadOnlyList<Finding> Evaluate(Child child, Caseload caseload, LocalDate asOf)
    {
        var context = new CaseContext(child, caseload, asOf);
        var findings = new List<Finding>();
        foreach (var (spec, end) in _directions)
        {
            var manifest = spec.Manifest;
            if (manifest.EffectiveFrom > asOf)
                continue;
            var windowEnd = end is { } e && e < asOf ? e : asOf;
            var inForceNow = end is null || end >= asOf;
            foreach (var rule in spec.Rules)
            {
                var finding = EvaluateRule(context, manifest, rule, (manifest.EffectiveFrom, windowEnd));
                if (finding.Status != FindingStatus.NotApplicable || inForceNow)
                    findings.Add(finding);
            }
        }

        return findings;
    }

    private Finding EvaluateRule(CaseContext context, DirectionManifest manifest, RuleSpec rule, (LocalDate From, LocalDate To) window)
    {
        var citation = new Citation(manifest.Id, manifest.Title, manifest.IssuedBy, manifest.Version, manifest.EffectiveFrom, rule.Name, manifest.SourceFile, rule.Line, rule.Citations);
        CheckOutcome outcome;
        try
        {
            outcome = Outcome(context, rule, window);
        }
        catch (CalendarRangeException ex)
        {
            outcome = new CheckOutcome(FindingStatus.InsufficientData, [ex.Message]) { MissingData = "working days outside the bank-holiday calendar" };
        }

        var statusText = outcome.Status switch
        {
            FindingStatus.Met => "met",
            FindingStatus.Due => "met, and due soon",
            FindingStatus.Overdue => "overdue",
            FindingStatus.Breached => "breached in the past",
            FindingStatus.InsufficientData => "cannot be decided from the record",
            _ => "not applicable",
        };
        var explanation = $"'{rule.Name}' is {statusText} as of {DateText.Format(context.AsOf)}. {string.Join(" ", outcome.Sentences)} Source: {citation}.";
        return new Finding(context.Child.Id, citation, outcome.Status, context.AsOf, explanation)
        {
            OverdueSince = outcome.OverdueSince,
            DaysOverdue = outcome.DaysOverdue,
            NextDue = outcome.NextDue,
            Breaches = outcome.Breaches,
            Evidence = outcome.Evidence,
            MissingData = outcome.MissingData,
        };
    }

    private CheckOutcome Outcome(CaseContext context, RuleSpec rule, (LocalDate From, LocalDate To) window)
    {
        if (!rule.AppliesTo.IsEmpty && !rule.AppliesTo.Any(a => a.Test(context, context.AsOf)))
            return CheckOutcome.NotApplicable($"The rule applies only to {string.Join(" or ", rule.AppliesTo.Select(a => a.Name))}.");

        var periods = rule.SubjectPeriods(context);
        var outcomes = new List<CheckOutcome>();
        foreach (var requirement in rule.Requirements)
            outcomes.AddRange(Requirement(context, rule, requirement, periods, window));
        return outcomes.Count == 0 ? CheckOutcome.NotApplicable("The rule has nothing to check.") : CheckOutcome.Combine(outcomes);
    }

    private IEnumerable<CheckOutcome> Requirement(CaseContext context, RuleSpec rule, RequirementSpec requirement, IReadOnlyList<PeriodSpan> periods, (LocalDate From, LocalDate To) window)
    {
        var events = requirement.Subject(context);
        var rationale = requirement.Rationale?.Invoke(context);
        GapLimits LimitsOn(PolicyDuration interval, LocalDate on)
        {
            foreach (var exception in requirement.Exceptions)
            {
                if (exception.Test(context, on))
                    return new GapLimits(exception.Interval ?? interval, exception.Maximum ?? requirement.Maximum, exception.Cohort);
            }

            return new GapLimits(interval, requirement.Maximum, null);
        }

        switch (requirement.Timing)
        {
            case CadenceSpec cadence:
                var cadencePeriods = requirement.Trigger is null ? periods : FromEach(requirement.Trigger(context), periods);
                yield return new CadenceCheck
                {
                    Periods = cadencePeriods, Events = events, LimitsOn = on => LimitsOn(cadence.Interval, on), Rationale = rationale,
                    Window = window, AsOf = context.AsOf, Calendar = Calendar, What = requirement.What,
                }.Run();
                break;
            case DeadlineSpec deadline:
                var anchors = (deadline.Anchor ?? requirement.Trigger)?.Invoke(context) ?? [];
                yield return new DeadlineCheck
                {
                    Anchors = anchors, Events = events, LimitsOn = on => LimitsOn(deadline.Within, on), Rationale = rationale,
                    Window = window, AsOf = context.AsOf, Calendar = Calendar, What = requirement.What,
                }.Run();
                if (deadline.ThenEvery is { } then)
                {
                    // After the first event that follows each anchor, the cadence runs to the end of the subject period.
                    var thenPeriods = anchors
                        .Select(a => (Anchor: a, First: events.Where(e => e.Date >= a.Date).OrderBy(e => e.Date).FirstOrDefault()))
                        .Where(p => p.First is not null)
                        .Select(p => new PeriodSpan(p.First!.RecordId, requirement.What, p.First.Date, periods.FirstOrDefault(s => s.Contains(p.Anchor.Date))?.End))
                        .ToList();
                    if (thenPeriods.Count > 0)
                    {
                        yield return new CadenceCheck
                        {
                            Periods = thenPeriods, Events = events, LimitsOn = on => LimitsOn(then, on), Rationale = rationale,
                            Window = window, AsOf = context.AsOf, Calendar = Calendar, What = requirement.What,
                        }.Run();
                    }
                }

                break;
            case BeforeSpec before:
                yield return new BeforeCheck
                {
                    Anchors = before.Anchor(context), Events = events, Periods = periods, Rationale = rationale,
                    LeadTime = before.LeadTime, WithinBefore = before.Window, Each = before.Each,
                    Window = window, AsOf = context.AsOf, Calendar = Calendar, What = requirement.What,
                }.Run();
                break;
            default:
                if (requirement.CheckExistence || requirement.Action is not null)
                {
                    yield return new ExistenceCheck
                    {
                        Periods = requirement.Trigger is null ? periods : FromEach(requirement.Trigger(context), periods),
                        Events = events, Reasons = rationale, Action = requirement.Action, Within = requirement.ActionWithin, Before = requirement.ActionBefore,
                        Window = window, AsOf = context.AsOf, Calendar = Calendar, What = requirement.What,
                    }.Run();
                }

                break;
        }

        foreach (var role in requirement.Roles)
        {
            yield return new RoleCheck
            {
                Events = role.Records(context), HoldsRole = worker => role.Test(context, worker), Action = role.Action, Role = role.Role,
                Window = window, AsOf = context.AsOf, What = requirement.What,
            }.Run();
        }
    }

    /// <summary>Periods that start at each trigger and end with the subject period holding it (or stay open).</summary>
    private static IReadOnlyList<PeriodSpan> FromEach(IReadOnlyList<Occurrence> triggers, IReadOnlyList<PeriodSpan> periods) =>
        [.. triggers.Select(t => new PeriodSpan(t.RecordId, t.What, t.Date, periods.FirstOrDefault(p => p.Contains(t.Date))?.End))];
}
