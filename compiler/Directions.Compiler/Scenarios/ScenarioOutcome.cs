namespace Directions.Compiler.Scenarios;

/// <summary>How a scenario ended.</summary>
public enum ScenarioOutcome
{
    /// <summary>The rule found what the scenario expects.</summary>
    Passed,

    /// <summary>The rule found something else.</summary>
    Failed,

    /// <summary>The scenario could not run: a mistake in it, in its directions, or a rule it names that does not exist. Counts as failed.</summary>
    Error,

    /// <summary>Marked <c>skip</c> (a known bug): run when it can be, but not counted as passed or failed.</summary>
    Skipped,
}
