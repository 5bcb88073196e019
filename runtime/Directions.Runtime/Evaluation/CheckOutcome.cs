using System.Collections.Immutable;
using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>What one check of one requirement found; a rule's finding combines its checks (the worst status wins).</summary>
internal sealed record CheckOutcome(FindingStatus Status, ImmutableArray<string> Sentences)
{
    public LocalDate? OverdueSince { get; init; }

    public int? DaysOverdue { get; init; }

    public LocalDate? NextDue { get; init; }

    public ImmutableArray<Breach> Breaches { get; init; } = [];

    public ImmutableArray<Evidence> Evidence { get; init; } = [];

    public string? MissingData { get; init; }

    public static CheckOutcome NotApplicable(string sentence) => new(FindingStatus.NotApplicable, [sentence]);

    /// <summary>Combines outcomes: the worst status; the earliest overdue date and next due date; all breaches and evidence.</summary>
    public static CheckOutcome Combine(IReadOnlyList<CheckOutcome> outcomes)
    {
        if (outcomes.Count == 1)
            return outcomes[0];
        var applicable = outcomes.Where(o => o.Status != FindingStatus.NotApplicable).ToList();
        if (applicable.Count == 0)
            return outcomes.Count > 0 ? outcomes[0] : NotApplicable("There was nothing to check.");

        return new CheckOutcome(applicable.Max(o => o.Status), [.. applicable.SelectMany(o => o.Sentences)])
        {
            OverdueSince = applicable.Where(o => o.OverdueSince is not null).Select(o => o.OverdueSince).Min(),
            DaysOverdue = applicable.Where(o => o.DaysOverdue is not null).Select(o => o.DaysOverdue).Max(),
            NextDue = applicable.Where(o => o.NextDue is not null).Select(o => o.NextDue).Min(),
            Breaches = [.. applicable.SelectMany(o => o.Breaches)],
            Evidence = [.. applicable.SelectMany(o => o.Evidence).Distinct()],
            MissingData = string.Join(" ", applicable.Select(o => o.MissingData).OfType<string>()) is { Length: > 0 } missing ? missing : null,
        };
    }

    /// <summary>Met, or Due when the next due date falls within the look-ahead of the as-of date.</summary>
    public static FindingStatus MetOrDue(LocalDate? nextDue, LocalDate asOf) =>
        nextDue is { } due && due <= asOf.PlusDays(EvaluationOptions.DueSoonDays) ? FindingStatus.Due : FindingStatus.Met;
}
