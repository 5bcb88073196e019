using System.Collections.Immutable;
using NodaTime;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// One scenario: a named small case history, the rule it tests, the as-of date and the finding
/// expected. The history lines (<see cref="History"/>) speak the vocabulary's words and are read
/// against the vocabulary when the scenario runs (<see cref="ScenarioCaseBuilder"/>).
/// </summary>
public sealed record Scenario(string Name, int Line, int Column)
{
    /// <summary>The rule it tests, as written in the <c>rule</c> line.</summary>
    public ScenarioText? Rule { get; init; }

    /// <summary>The version of the direction whose finding is checked (<c>rule "..." version 2021.1</c>), when the scenario runs against several.</summary>
    public ScenarioText? Version { get; init; }

    /// <summary>The date of the check.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>The expected finding.</summary>
    public ScenarioExpectation? Expectation { get; init; }

    /// <summary>Why the scenario is skipped (a known bug), or null when it runs.</summary>
    public string? SkipReason { get; init; }

    /// <summary>The direction files this scenario runs against, when it names its own (a direction superseded mid-case); empty to use the file's.</summary>
    public ImmutableArray<ScenarioText> Directions { get; init; } = [];

    /// <summary>The case history: every other line of the scenario, read against the vocabulary when it runs.</summary>
    public ImmutableArray<ScenarioLine> History { get; init; } = [];

    /// <summary>The mistakes in the scenario's own lines; a scenario with any does not run and counts as failed.</summary>
    public ImmutableArray<ScenarioDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when the scenario is marked <c>skip</c>.</summary>
    public bool IsSkipped => SkipReason is not null;
}
