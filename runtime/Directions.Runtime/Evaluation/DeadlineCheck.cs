using System.Collections.Immutable;
using Directions.Runtime.Time;
using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>
/// "within N of an anchor": for each anchor (a referral, the start of a CIN plan, the end of a CP plan)
/// dated inside <see cref="Window"/>, the first qualifying event on or after the anchor day (day 0)
/// must fall no later than the anchor plus N, inclusive. A later event is excused only while a
/// recorded rationale is in force on each day past the deadline, and never past the maximum.
/// With no event yet: due while the deadline is ahead, overdue once it has passed.
/// </summary>
internal sealed class DeadlineCheck
{
    public required IReadOnlyList<Occurrence> Anchors { get; init; }

    public required IReadOnlyList<Occurrence> Events { get; init; }

    public required Func<LocalDate, GapLimits> LimitsOn { get; init; }

    public IReadOnlyList<RecordInForce>? Rationale { get; init; }

    public required (LocalDate From, LocalDate To) Window { get; init; }

    public required LocalDate AsOf { get; init; }

    public required WorkingDayCalendar Calendar { get; init; }

    public required string What { get; init; }

    public CheckOutcome Run()
    {
        var anchors = Anchors.Where(a => a.Date >= Window.From && a.Date <= Window.To && a.Date <= AsOf).OrderBy(a => a.Date).ToList();
        if (anchors.Count == 0)
            return CheckOutcome.NotApplicable($"There was no {(Anchors.Count > 0 ? Anchors[0].What : "starting event")} for a {What} to follow while this version was in force.");
        return CheckOutcome.Combine([.. anchors.Select(Judge)]);
    }

    private CheckOutcome Judge(Occurrence anchor)
    {
        var anchorEvidence = new Evidence(anchor.RecordId, anchor.What, anchor.Date);
        var limits = LimitsOn(anchor.Date);
        var deadline = DateLimits.Add(anchor.Date, limits.Interval, Calendar);
        var first = Events.Where(e => e.Date >= anchor.Date).OrderBy(e => e.Date).ThenBy(e => e.RecordId, StringComparer.Ordinal).FirstOrDefault();
        var allowed = $"{limits.Interval} of the {anchor.What} on {DateText.Format(anchor.Date)}";
        if (first is not null && first.Date <= deadline)
        {
            return new CheckOutcome(FindingStatus.Met, [$"The {What} on {DateText.Format(first.Date)} was within {allowed}."])
            { Evidence = [anchorEvidence, new Evidence(first.RecordId, first.What, first.Date)] };
        }

        var until = first?.Date ?? AsOf;
        var unexcused = FirstUnexcusedDay(anchor.Date, deadline, until, limits);
        if (first is not null)
        {
            if (unexcused is null)
                return new CheckOutcome(FindingStatus.Met, [$"The {What} on {DateText.Format(first.Date)} was later than {allowed}, but a recorded rationale was in force."])
                { Evidence = [anchorEvidence, new Evidence(first.RecordId, first.What, first.Date)] };
            var late = PolicyTime.DaysBetween(deadline, first.Date);
            var ceiling = limits.Maximum is null ? (LocalDate?)null : DateLimits.Add(anchor.Date, limits.Maximum, Calendar);
            var reason = Rationale is null
                ? string.Empty
                : ceiling is { } max && unexcused > max
                    ? $", and beyond the maximum of {limits.Maximum} that a recorded rationale allows (by {DateText.Format(max)})"
                    : ", with no recorded rationale in force";
            var text = $"The {What} on {DateText.Format(first.Date)} was {DateText.Days(late)} late: it was due within {allowed}, by {DateText.Format(deadline)}{reason}.";
            return new CheckOutcome(FindingStatus.Breached, [text])
            {
                Breaches = [new Breach(anchor.Date, first.Date, PolicyTime.DaysBetween(anchor.Date, first.Date), PolicyTime.DaysBetween(anchor.Date, deadline), text) { RecordIds = [anchor.RecordId, first.RecordId] }],
                Evidence = [anchorEvidence, new Evidence(first.RecordId, first.What, first.Date)],
            };
        }

        if (AsOf <= deadline)
        {
            return new CheckOutcome(CheckOutcome.MetOrDue(deadline, AsOf), [$"A {What} is due within {allowed}, by {DateText.Format(deadline)}."])
            { NextDue = deadline, Evidence = [anchorEvidence] };
        }

        if (unexcused is null)
        {
            return new CheckOutcome(FindingStatus.Met, [$"No {What} yet, later than {allowed}, but a recorded rationale is in force."]) { Evidence = [anchorEvidence] };
        }

        var days = PolicyTime.DaysBetween(unexcused.Value, AsOf) + 1;
        return new CheckOutcome(FindingStatus.Overdue, [$"No {What} within {allowed}: it was due by {DateText.Format(deadline)} and is overdue by {DateText.Days(days)}."])
        {
            OverdueSince = unexcused,
            DaysOverdue = days,
            NextDue = deadline,
            Evidence = [anchorEvidence],
        };
    }

    private LocalDate? FirstUnexcusedDay(LocalDate from, LocalDate due, LocalDate to, GapLimits limits) =>
        RationaleCoverage.FirstUnexcusedDay(Rationale, from, due, to, limits, Calendar);
}
