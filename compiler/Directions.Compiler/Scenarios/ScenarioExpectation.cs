using System.Collections.Immutable;
using Directions.Runtime.Evaluation;
using NodaTime;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// The <c>expect</c> line of a scenario: the status the rule must find, and optionally when it became
/// overdue (<c>since</c>), by how many days (<c>by N days</c>), the next due date, the number of past
/// breaches, and fragments the explanation must contain (a fragment may use <c>...</c> for any text).
/// </summary>
public sealed record ScenarioExpectation(FindingStatus Status, int Line, int Column)
{
    /// <summary><c>since DATE</c>: the first day the finding is overdue.</summary>
    public LocalDate? OverdueSince { get; init; }

    /// <summary><c>by N days</c>: days overdue on the as-of date.</summary>
    public int? DaysOverdue { get; init; }

    /// <summary><c>next due DATE</c>.</summary>
    public LocalDate? NextDue { get; init; }

    /// <summary><c>N breaches</c>: how many past breaches the finding lists.</summary>
    public int? Breaches { get; init; }

    /// <summary>Quoted fragments the explanation must contain, in any order; <c>...</c> inside one stands for any text.</summary>
    public ImmutableArray<string> Fragments { get; init; } = [];

    /// <summary>The expectation in the words of the scenario file: <c>overdue since 17 June 2025, by 4 days</c>.</summary>
    public string Describe()
    {
        var parts = new List<string> { ScenarioStatusNames.Name(Status) };
        if (OverdueSince is { } since)
            parts[0] += $" since {DateText.Format(since)}";
        if (DaysOverdue is { } days)
            parts.Add($"by {DateText.Days(days)}");
        if (NextDue is { } due)
            parts.Add($"next due {DateText.Format(due)}");
        if (Breaches is { } count)
            parts.Add(count == 1 ? "1 breach" : $"{count} breaches");
        var text = string.Join(", ", parts);
        return Fragments.IsEmpty ? text : $"{text}: {string.Join(", ", Fragments.Select(f => $"\"{f}\""))}";
    }
}
