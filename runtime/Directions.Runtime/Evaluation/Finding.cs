using System.Collections.Immutable;
using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>
/// One child x one rule, as of a date: the status, since when and by how much if overdue, the next
/// due date, the past breaches, the evidence (record IDs), a plain-English explanation a social
/// worker could paste into a case record, and the citation.
/// </summary>
public sealed record Finding(
    string ChildId,
    Citation Citation,
    FindingStatus Status,
    LocalDate AsOf,
    string Explanation)
{
    /// <summary>For an overdue finding: the first day it was overdue.</summary>
    public LocalDate? OverdueSince { get; init; }

    /// <summary>For an overdue finding: days overdue on the as-of date.</summary>
    public int? DaysOverdue { get; init; }

    /// <summary>When the next event falls due, if the rule looks ahead.</summary>
    public LocalDate? NextDue { get; init; }

    /// <summary>The gaps and deadlines that broke the rule.</summary>
    public ImmutableArray<Breach> Breaches { get; init; } = [];

    /// <summary>The records the finding rests on.</summary>
    public ImmutableArray<Evidence> Evidence { get; init; } = [];

    /// <summary>For insufficient data: what is missing.</summary>
    public string? MissingData { get; init; }
}
