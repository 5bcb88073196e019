using Directions.Runtime.Time;
using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>
/// "before an anchor": for each anchor dated inside <see cref="Window"/>, a qualifying event dated on
/// or before the anchor (an event on the anchor's day counts, as records carry dates, not times).
/// With a <see cref="LeadTime"/> ("at least 3 days before ICPC") the event must be on or before the
/// anchor minus the lead time; with <see cref="WithinBefore"/> ("within 2 weeks before transfer") no
/// earlier than the anchor minus it; with <see cref="Each"/> ("before each CLA review") after the
/// previous occurrence of the anchor (for the first, from the start of the watched period). A missing
/// event is excused by a recorded reason in force on the anchor's day ("unless recorded ...").
/// </summary>
internal sealed class BeforeCheck
{
    public required IReadOnlyList<Occurrence> Anchors { get; init; }

    public required IReadOnlyList<Occurrence> Events { get; init; }

    public required IReadOnlyList<PeriodSpan> Periods { get; init; }

    public IReadOnlyList<RecordInForce>? Rationale { get; init; }

    public PolicyDuration? LeadTime { get; init; }

    public PolicyDuration? WithinBefore { get; init; }

    public bool Each { get; init; }

    public required (LocalDate From, LocalDate To) Window { get; init; }

    public required LocalDate AsOf { get; init; }

    public required WorkingDayCalendar Calendar { get; init; }

    public required string What { get; init; }

    public CheckOutcome Run()
    {
        var all = Anchors.OrderBy(a => a.Date).ThenBy(a => a.RecordId, StringComparer.Ordinal).ToList();
        var anchors = all.Where(a => a.Date >= Window.From && a.Date <= Window.To && a.Date <= AsOf).ToList();
        if (anchors.Count == 0)
            return CheckOutcome.NotApplicable($"There was no {(Anchors.Count > 0 ? Anchors[0].What : "event")} for a {What} to come before while this version was in force.");
        return CheckOutcome.Combine([.. anchors.Select(a => Judge(a, all.LastOrDefault(p => p.Date < a.Date)))]);
    }

    private CheckOutcome Judge(Occurrence anchor, Occurrence? previous)
    {
        var anchorEvidence = new Evidence(anchor.RecordId, anchor.What, anchor.Date);
        var at = $"the {anchor.What} on {DateText.Format(anchor.Date)}";
        var latest = LeadTime is null ? anchor.Date : DateLimits.LatestBefore(anchor.Date, LeadTime, Calendar);
        LocalDate? earliest = null;
        var since = string.Empty;
        if (WithinBefore is not null)
        {
            earliest = DateLimits.EarliestBefore(anchor.Date, WithinBefore, Calendar);
        }
        else if (Each && previous is not null)
        {
            earliest = previous.Date.PlusDays(1);
            since = $" and after the {previous.What} on {DateText.Format(previous.Date)}";
        }
        else if (Each && Periods.FirstOrDefault(p => p.Contains(anchor.Date)) is { } period)
        {
            earliest = period.Start;
            since = $" and since the {period.What} started on {DateText.Format(period.Start)}";
        }

        var required = LeadTime is not null
            ? $"at least {LeadTime} before {at} (by {DateText.Format(latest)}){since}"
            : WithinBefore is not null
                ? $"within {WithinBefore} before {at} (from {DateText.Format(earliest!.Value)})"
                : $"on or before {at}{since}";
        var inRange = Events.Where(e => e.Date <= latest && (earliest is null || e.Date >= earliest)).OrderByDescending(e => e.Date).FirstOrDefault();
        if (inRange is not null)
        {
            return new CheckOutcome(FindingStatus.Met, [$"The {What} on {DateText.Format(inRange.Date)} was {required}."])
            { Evidence = [new Evidence(inRange.RecordId, inRange.What, inRange.Date), anchorEvidence] };
        }

        if (Rationale?.Where(r => r.InForceOn(anchor.Date)).OrderBy(r => r.From).FirstOrDefault() is { } reason)
        {
            return new CheckOutcome(FindingStatus.Met, [$"There is no {What} {required}, but a recorded {reason.What} was in force on the day of the {anchor.What}."])
            { Evidence = [anchorEvidence, new Evidence(reason.RecordId, reason.What, reason.From)] };
        }

        var late = Events.Where(e => e.Date > latest && e.Date <= anchor.Date && (earliest is null || e.Date >= earliest)).OrderBy(e => e.Date).FirstOrDefault();
        var text = late is null
            ? $"There is no {What} {required}."
            : $"The {What} on {DateText.Format(late.Date)} was too late: it was due {required}.";
        var recordIds = late is null ? new[] { anchor.RecordId } : [anchor.RecordId, late.RecordId];
        return new CheckOutcome(FindingStatus.Breached, [text])
        {
            Breaches = [new Breach(anchor.Date, anchor.Date, 0, 0, text) { RecordIds = [.. recordIds] }],
            Evidence = late is null ? [anchorEvidence] : [anchorEvidence, new Evidence(late.RecordId, late.What, late.Date)],
        };
    }
}
