using System.Collections.Immutable;
using Directions.Runtime.Time;
using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>
/// "every N": within each subject period, the gap from the start of the period to the first
/// qualifying event, between consecutive events, and from the last event to the end of the period
/// (or the as-of date, for a period still open) must not exceed N. A gap may run past N only while a
/// recorded rationale is in force on every day past N, and never past the maximum. A gap is judged
/// by the version in force on the day it closes: only gaps closing inside <see cref="Window"/> count.
/// </summary>
internal sealed class CadenceCheck
{
    public required IReadOnlyList<PeriodSpan> Periods { get; init; }

    public required IReadOnlyList<Occurrence> Events { get; init; }

    /// <summary>The limits that apply to a gap closing on a date (cohort exceptions are decided per date).</summary>
    public required Func<LocalDate, GapLimits> LimitsOn { get; init; }

    /// <summary>Records that excuse a longer gap while in force; null when the requirement has no 'unless recorded'.</summary>
    public IReadOnlyList<RecordInForce>? Rationale { get; init; }

    public required (LocalDate From, LocalDate To) Window { get; init; }

    public required LocalDate AsOf { get; init; }

    public required WorkingDayCalendar Calendar { get; init; }

    /// <summary>What the events are called in explanations ("CIN visit").</summary>
    public required string What { get; init; }

    public CheckOutcome Run()
    {
        var outcomes = new List<CheckOutcome>();
        foreach (var period in Periods.OrderBy(p => p.Start))
        {
            var end = period.End is { } e && e < AsOf ? e : AsOf;
            if (end < Window.From || period.Start > Window.To || period.Start > AsOf)
                continue;
            outcomes.Add(RunPeriod(period, end, isOpen: period.End is null || period.End >= AsOf));
        }

        return outcomes.Count == 0
            ? CheckOutcome.NotApplicable($"There was no {(Periods.Count == 0 ? "period" : Periods[0].What)} to check {What}s in while this version was in force.")
            : CheckOutcome.Combine(outcomes);
    }

    private CheckOutcome RunPeriod(PeriodSpan period, LocalDate end, bool isOpen)
    {
        var events = Events.Where(e => e.Date >= period.Start && e.Date <= end).OrderBy(e => e.Date).ThenBy(e => e.RecordId, StringComparer.Ordinal).ToList();
        var breaches = ImmutableArray.CreateBuilder<Breach>();
        var sentences = new List<string>();
        var evidence = events.Select(e => new Evidence(e.RecordId, e.What, e.Date)).ToList();
        evidence.Insert(0, new Evidence(period.RecordId, period.What, period.Start));

        var previousDate = period.Start;
        var previousLabel = $"the start of the {period.What} on {DateText.Format(period.Start)}";
        var previousId = period.RecordId;
        foreach (var next in events)
        {
            if (next.Date == previousDate && previousId != period.RecordId)
                continue;
            var label = $"the {What} on {DateText.Format(next.Date)}";
            if (InWindow(next.Date) && JudgeClosed(previousDate, next.Date, previousLabel, label) is { } breach)
                breaches.Add(breach with { RecordIds = [previousId, next.RecordId] });
            previousDate = next.Date;
            previousLabel = $"the {What} on {DateText.Format(next.Date)}";
            previousId = next.RecordId;
        }

        if (!isOpen)
        {
            var label = $"the end of the {period.What} on {DateText.Format(end)}";
            if (InWindow(end) && JudgeClosed(previousDate, end, previousLabel, label) is { } breach)
                breaches.Add(breach with { RecordIds = [previousId, period.RecordId] });
            var status = breaches.Count > 0 ? FindingStatus.Breached : FindingStatus.Met;
            sentences.Add(breaches.Count > 0 ? string.Join(" ", breaches.Select(b => b.Explanation)) : $"The {What}s during the {period.What} that ended on {DateText.Format(end)} were never too far apart.");
            return new CheckOutcome(status, [.. sentences]) { Breaches = breaches.ToImmutable(), Evidence = [.. evidence] };
        }

        // The open gap: from the last event to the as-of date.
        var limits = LimitsOn(AsOf);
        var due = DateLimits.Add(previousDate, limits.Interval, Calendar);
        var lastSeen = previousId == period.RecordId ? $"since the {period.What} started on {DateText.Format(period.Start)}" : $"since {DateText.Format(previousDate)}";
        if (AsOf <= due || !InWindow(AsOf))
        {
            sentences.Add(breaches.Count > 0 ? string.Join(" ", breaches.Select(b => b.Explanation)) : $"No gap between {What}s was longer than allowed.");
            sentences.Add($"The next {What} is due by {DateText.Format(due)}.");
            var status = breaches.Count > 0 ? FindingStatus.Breached : CheckOutcome.MetOrDue(due, AsOf);
            return new CheckOutcome(status, [.. sentences]) { NextDue = due, Breaches = breaches.ToImmutable(), Evidence = [.. evidence] };
        }

        var firstUnexcused = FirstUnexcusedDay(previousDate, due, AsOf, limits);
        if (firstUnexcused is null)
        {
            var stretchedDue = StretchedDue(previousDate, due, limits);
            sentences.Add($"No {What} {lastSeen}; the usual interval of {Describe(limits.Interval)} has passed, but a recorded rationale is in force{(limits.Maximum is null ? string.Empty : $", up to the maximum of {Describe(limits.Maximum)}")}.");
            if (breaches.Count > 0)
                sentences.Add(string.Join(" ", breaches.Select(b => b.Explanation)));
            sentences.Add($"The next {What} is due by {DateText.Format(stretchedDue)}.");
            var status = breaches.Count > 0 ? FindingStatus.Breached : CheckOutcome.MetOrDue(stretchedDue, AsOf);
            return new CheckOutcome(status, [.. sentences]) { NextDue = stretchedDue, Breaches = breaches.ToImmutable(), Evidence = [.. evidence] };
        }

        var since = firstUnexcused.Value;
        var daysOverdue = PolicyTime.DaysBetween(since, AsOf) + 1;
        var gapDays = PolicyTime.DaysBetween(previousDate, AsOf);
        sentences.Add($"No {What} {lastSeen}: {DateText.Days(gapDays)} by {DateText.Format(AsOf)}, more than {Describe(limits.Interval)}{ExcuseText(limits, previousDate, since)}. Overdue since {DateText.Format(since)}, by {DateText.Days(daysOverdue)}.");
        if (breaches.Count > 0)
            sentences.Add("Before that: " + string.Join(" ", breaches.Select(b => b.Explanation)));
        return new CheckOutcome(FindingStatus.Overdue, [.. sentences])
        {
            OverdueSince = since,
            DaysOverdue = daysOverdue,
            NextDue = due,
            Breaches = breaches.ToImmutable(),
            Evidence = [.. evidence],
        };
    }

    private bool InWindow(LocalDate date) => date >= Window.From && date <= Window.To;

    private Breach? JudgeClosed(LocalDate from, LocalDate to, string fromLabel, string toLabel)
    {
        var limits = LimitsOn(to);
        var due = DateLimits.Add(from, limits.Interval, Calendar);
        if (to <= due)
            return null;
        var firstUnexcused = FirstUnexcusedDay(from, due, to, limits);
        if (firstUnexcused is null)
            return null;
        var days = PolicyTime.DaysBetween(from, to);
        var allowed = PolicyTime.DaysBetween(from, due);
        var explanation = $"{DateText.Days(days)} passed between {fromLabel} and {toLabel}, more than {Describe(limits.Interval)}{ExcuseText(limits, from, firstUnexcused.Value)}.";
        return new Breach(from, to, days, allowed, explanation);
    }

    private LocalDate? FirstUnexcusedDay(LocalDate from, LocalDate due, LocalDate to, GapLimits limits) =>
        RationaleCoverage.FirstUnexcusedDay(Rationale, from, due, to, limits, Calendar);

    /// <summary>With a rationale in force, the gap may stretch to the maximum or to the end of the rationale, whichever is first.</summary>
    private LocalDate StretchedDue(LocalDate from, LocalDate due, GapLimits limits)
    {
        var ceiling = limits.Maximum is null ? AsOf.PlusYears(10) : DateLimits.Add(from, limits.Maximum, Calendar);
        var day = due;
        while (day < ceiling && Rationale!.Any(r => r.InForceOn(day.PlusDays(1))))
            day = day.PlusDays(1);
        return day;
    }

    /// <summary>Why the gap was not excused: no rationale in force on its first unexcused day, or past the maximum a rationale allows.</summary>
    private string ExcuseText(GapLimits limits, LocalDate from, LocalDate firstUnexcused)
    {
        var cohort = limits.ExceptionCohort is null ? string.Empty : $" (the limit for {limits.ExceptionCohort})";
        if (Rationale is null)
            return cohort;
        if (limits.Maximum is not null && firstUnexcused > DateLimits.Add(from, limits.Maximum, Calendar))
            return $"{cohort}, and beyond the maximum of {Describe(limits.Maximum)} that a recorded rationale allows";
        return $"{cohort} with no recorded rationale in force";
    }

    private static string Describe(PolicyDuration duration) => duration.Unit switch
    {
        PolicyUnit.Weeks => $"{duration} ({duration.Count * 7} days)",
        _ => duration.ToString(),
    };
}
