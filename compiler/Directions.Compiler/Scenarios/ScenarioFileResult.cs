using System.Collections.Immutable;

namespace Directions.Compiler.Scenarios;

/// <summary>The results of one scenario file: one per scenario, and the mistakes outside any scenario (each counts as a failure).</summary>
public sealed record ScenarioFileResult(string Path, ImmutableArray<ScenarioResult> Results, ImmutableArray<string> Errors)
{
    /// <summary>Scenarios that passed.</summary>
    public int Passed => Results.Count(r => r.Outcome == ScenarioOutcome.Passed);

    /// <summary>Scenarios that failed or could not run, plus mistakes outside any scenario.</summary>
    public int Failed => Results.Count(r => r.IsFailure) + Errors.Length;

    /// <summary>Scenarios marked skip.</summary>
    public int Skipped => Results.Count(r => r.Outcome == ScenarioOutcome.Skipped);
}
