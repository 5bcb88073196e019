using Directions.Runtime.Evaluation;

namespace Directions.Compiler.Scenarios;

/// <summary>The words a scenario uses for each finding status: <c>met</c>, <c>due</c>, <c>overdue</c>, <c>breached</c>, <c>not applicable</c>, <c>insufficient data</c>.</summary>
public static class ScenarioStatusNames
{
    /// <summary>Every status with the words that name it; the first is how it is shown.</summary>
    public static IReadOnlyList<(FindingStatus Status, string[] Words)> All { get; } =
    [
        (FindingStatus.Met, ["met"]),
        (FindingStatus.Due, ["due"]),
        (FindingStatus.Overdue, ["overdue"]),
        (FindingStatus.Breached, ["breached"]),
        (FindingStatus.NotApplicable, ["not", "applicable"]),
        (FindingStatus.InsufficientData, ["insufficient", "data"]),
    ];

    /// <summary>"met", "not applicable" ...</summary>
    public static string Name(FindingStatus status) => string.Join(' ', All.First(s => s.Status == status).Words);

    /// <summary>Met or due: the rule is being followed.</summary>
    public static bool IsMet(FindingStatus status) => status is FindingStatus.Met or FindingStatus.Due;

    /// <summary>Overdue or breached: the rule is not being followed, now or in the past.</summary>
    public static bool IsNotMet(FindingStatus status) => status is FindingStatus.Overdue or FindingStatus.Breached;
}
