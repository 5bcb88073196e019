using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>
/// "chaired by qualified social worker": every qualifying record dated in <see cref="Window"/> names a
/// worker in the action's field who holds the role. No worker recorded, or a worker the caseload does
/// not know, is insufficient data rather than a breach.
/// </summary>
internal sealed class RoleCheck
{
    public required IReadOnlyList<Occurrence> Events { get; init; }

    /// <summary>True when the worker holds the role, false when not, null when the worker is unknown.</summary>
    public required Func<string, bool?> HoldsRole { get; init; }

    /// <summary>"chaired", "signed off".</summary>
    public required string Action { get; init; }

    /// <summary>"qualified social worker".</summary>
    public required string Role { get; init; }

    public required (LocalDate From, LocalDate To) Window { get; init; }

    public required LocalDate AsOf { get; init; }

    public required string What { get; init; }

    public CheckOutcome Run()
    {
        var events = Events.Where(e => e.Date >= Window.From && e.Date <= Window.To && e.Date <= AsOf).OrderBy(e => e.Date).ToList();
        if (events.Count == 0)
            return CheckOutcome.NotApplicable($"There was no {What} to check while this version was in force.");

        var outcomes = new List<CheckOutcome>();
        foreach (var record in events)
        {
            var evidence = new Evidence(record.RecordId, record.What, record.Date);
            if (record.WorkerId is null)
            {
                outcomes.Add(new CheckOutcome(FindingStatus.InsufficientData, [$"The {What} of {DateText.Format(record.Date)} does not record who {Action} it."])
                { Evidence = [evidence], MissingData = $"{record.RecordId}: who {Action} it" });
                continue;
            }

            switch (HoldsRole(record.WorkerId))
            {
                case true:
                    outcomes.Add(new CheckOutcome(FindingStatus.Met, [$"The {What} of {DateText.Format(record.Date)} was {Action} by {record.WorkerId}, a {Role}."]) { Evidence = [evidence] });
                    break;
                case false:
                    var text = $"The {What} of {DateText.Format(record.Date)} was {Action} by {record.WorkerId}, who is not a {Role}.";
                    outcomes.Add(new CheckOutcome(FindingStatus.Breached, [text])
                    { Breaches = [new Breach(record.Date, record.Date, 0, 0, text) { RecordIds = [record.RecordId, record.WorkerId] }], Evidence = [evidence] });
                    break;
                default:
                    outcomes.Add(new CheckOutcome(FindingStatus.InsufficientData, [$"The {What} of {DateText.Format(record.Date)} names worker {record.WorkerId}, who is not in the caseload's list of workers."])
                    { Evidence = [evidence], MissingData = $"worker {record.WorkerId}" });
                    break;
            }
        }

        return CheckOutcome.Combine(outcomes);
    }
}
