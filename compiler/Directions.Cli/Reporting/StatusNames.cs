using Directions.Runtime.Evaluation;

namespace Directions.Cli.Reporting;

/// <summary>The names a finding's status goes by in reports: a code for JSON and CSV, a label for people.</summary>
public static class StatusNames
{
    /// <summary>Every status, in report column order (best first, as <see cref="FindingStatus"/> is ordered, n/a last).</summary>
    public static IReadOnlyList<FindingStatus> InColumnOrder { get; } =
    [
        FindingStatus.Met, FindingStatus.Due, FindingStatus.Overdue, FindingStatus.Breached,
        FindingStatus.NotApplicable, FindingStatus.InsufficientData,
    ];

    /// <summary>The code used in JSON and CSV: <c>met</c>, <c>due</c>, <c>overdue</c>, <c>breached</c>, <c>not_applicable</c>, <c>insufficient_data</c>.</summary>
    public static string Code(FindingStatus status) => status switch
    {
        FindingStatus.Met => "met",
        FindingStatus.Due => "due",
        FindingStatus.Overdue => "overdue",
        FindingStatus.Breached => "breached",
        FindingStatus.NotApplicable => "not_applicable",
        FindingStatus.InsufficientData => "insufficient_data",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The word used in tables: met, due, overdue, breached, n/a, insufficient.</summary>
    public static string Label(FindingStatus status) => status switch
    {
        FindingStatus.Met => "met",
        FindingStatus.Due => "due",
        FindingStatus.Overdue => "overdue",
        FindingStatus.Breached => "breached",
        FindingStatus.NotApplicable => "n/a",
        FindingStatus.InsufficientData => "insufficient",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
