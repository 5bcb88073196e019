using Directions.Runtime.Time;
using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>
/// "chronology recorded", "assessment shared with family unless recorded reason": without an action,
/// at least one qualifying record must exist in each subject period; with an action, every qualifying
/// record dated in <see cref="Window"/> must have the action done (within <see cref="Within"/> of its
/// date, when given; or on or before <see cref="Before"/> ahead of its date, for a record dated by a due
/// date), unless a reason is recorded on or after the record's date.
/// </summary>
internal sealed class ExistenceCheck
{
    public required IReadOnlyList<PeriodSpan> Periods { get; init; }

    public required IReadOnlyList<Occurrence> Events { get; init; }

    public IReadOnlyList<RecordInForce>? Reasons { get; init; }

    /// <summary>The action that must be done on each record ("shared with family"), or null to ask only that a record exists.</summary>
    public string? Action { get; init; }

    public PolicyDuration? Within { get; init; }

    /// <summary>The action is due this long before the record's date ("report completed before report due", where the record is dated by its due date).</summary>
    public PolicyDuration? Before { get; init; }

    public required (LocalDate From, LocalDate To) Window { get; init; }

    public required LocalDate AsOf { get; init; }

    public required WorkingDayCalendar Calendar { get; init; }

    public required string What { get; init; }

    public CheckOutcome Run() => Action is null ? RunExists() : RunAction(Action);

    private CheckOutcome RunExists()
    {
        var outcomes = new List<CheckOutcome>();
        foreach (var period in Periods.Where(p => p.Start <= AsOf && p.Start <= Window.To && (p.End is null || p.End >= Window.From)))
        {
            var end = period.End is { } e && e < AsOf ? e : AsOf;
            var found = Events.Where(x => x.Date >= period.Start && x.Date <= end).OrderBy(x => x.Date).FirstOrDefault();
            if (found is not null)
            {
                outcomes.Add(new CheckOutcome(FindingStatus.Met, [$"A {What} was recorded on {DateText.Format(found.Date)}."])
                { Evidence = [new Evidence(found.RecordId, found.What, found.Date)] });
                continue;
            }

            var reason = Reasons?.Where(r => r.From >= period.Start && r.From <= end).OrderBy(r => r.From).FirstOrDefault();
            if (reason is not null)
            {
                outcomes.Add(new CheckOutcome(FindingStatus.Met, [$"No {What} is recorded, but a {reason.What} was recorded on {DateText.Format(reason.From)}."])
                { Evidence = [new Evidence(reason.RecordId, reason.What, reason.From)] });
                continue;
            }

            var days = PolicyTime.DaysBetween(period.Start, end);
            if (period.End is { } closed && closed < AsOf)
            {
                // Nothing can be done in a period that has ended: a past breach, not an overdue task.
                var text = $"No {What} was recorded in the {period.What} from {DateText.Format(period.Start)} to {DateText.Format(closed)}.";
                outcomes.Add(new CheckOutcome(FindingStatus.Breached, [text])
                {
                    Breaches = [new Breach(period.Start, closed, days, 0, text) { RecordIds = [period.RecordId] }],
                    Evidence = [new Evidence(period.RecordId, period.What, period.Start)],
                });
                continue;
            }

            // The start day is the first day overdue, counted as day 1 as in the other checks; a period that
            // began before this version came into force is overdue under it only from its first day in force.
            var since = period.Start < Window.From ? Window.From : period.Start;
            outcomes.Add(new CheckOutcome(FindingStatus.Overdue, [$"No {What} has been recorded in the {period.What} that started on {DateText.Format(period.Start)} ({DateText.Days(days)} ago)."])
            {
                OverdueSince = since,
                DaysOverdue = PolicyTime.DaysBetween(since, end) + 1,
                Evidence = [new Evidence(period.RecordId, period.What, period.Start)],
            });
        }

        return outcomes.Count == 0 ? CheckOutcome.NotApplicable($"There was no period in which to look for a {What}.") : CheckOutcome.Combine(outcomes);
    }

    private CheckOutcome RunAction(string action)
    {
        var events = Events.Where(e => e.Date >= Window.From && e.Date <= Window.To && e.Date <= AsOf).OrderBy(e => e.Date).ToList();
        if (events.Count == 0)
            return CheckOutcome.NotApplicable($"There was no {What} to check while this version was in force.");

        var outcomes = new List<CheckOutcome>();
        foreach (var record in events)
        {
            var evidence = new Evidence(record.RecordId, record.What, record.Date);
            var deadline = Within is not null ? DateLimits.Add(record.Date, Within, Calendar)
                : Before is not null ? DateLimits.LatestBefore(record.Date, Before, Calendar)
                : (LocalDate?)null;
            var onTime = record.ActionDone && (deadline is null || record.ActionDate is null || record.ActionDate <= deadline);
            if (onTime)
            {
                outcomes.Add(new CheckOutcome(FindingStatus.Met, [$"The {What} of {DateText.Format(record.Date)} was {action}{(record.ActionDate is { } d ? $" on {DateText.Format(d)}" : string.Empty)}."]) { Evidence = [evidence] });
                continue;
            }

            // A reason counts when it is in force on the record's date, or recorded after it (up to the as-of date).
            var reason = Reasons?.Where(r => r.InForceOn(record.Date) || (r.From >= record.Date && r.From <= AsOf)).OrderBy(r => r.From).FirstOrDefault();
            if (reason is not null)
            {
                outcomes.Add(new CheckOutcome(FindingStatus.Met, [$"The {What} of {DateText.Format(record.Date)} was not {action}, and a {reason.What} was recorded on {DateText.Format(reason.From)}."])
                { Evidence = [evidence, new Evidence(reason.RecordId, reason.What, reason.From)] });
                continue;
            }

            if (deadline is { } due && AsOf <= due && !record.ActionDone)
            {
                outcomes.Add(new CheckOutcome(CheckOutcome.MetOrDue(due, AsOf), [$"The {What} of {DateText.Format(record.Date)} is to be {action} by {DateText.Format(due)}."]) { NextDue = due, Evidence = [evidence] });
                continue;
            }

            var text = record.ActionDone
                ? $"The {What} of {DateText.Format(record.Date)} was {action} late, on {DateText.Format(record.ActionDate!.Value)}, after {DateText.Format(deadline!.Value)}."
                : $"The {What} of {DateText.Format(record.Date)} has not been {action}{(Reasons is null ? string.Empty : ", and no reason is recorded")}.";
            outcomes.Add(new CheckOutcome(FindingStatus.Breached, [text])
            {
                Breaches = [new Breach(record.Date, record.ActionDate ?? AsOf, PolicyTime.DaysBetween(record.Date, record.ActionDate ?? AsOf), deadline is null ? 0 : PolicyTime.DaysBetween(record.Date, deadline.Value), text) { RecordIds = [record.RecordId] }],
                Evidence = [evidence],
            });
        }

        return CheckOutcome.Combine(outcomes);
    }
}
