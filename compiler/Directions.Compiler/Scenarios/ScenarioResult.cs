using System.Collections.Immutable;
using Directions.Runtime.Evaluation;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// What running one scenario gave: the outcome, the finding (when the scenario could run), what did not
/// match the expectation, the mistakes that stopped it, and the rule and direction file(s) it ran against.
/// </summary>
public sealed record ScenarioResult(Scenario Scenario, string FilePath, ScenarioOutcome Outcome)
{
    /// <summary>The rule's name as the direction writes it (or as the scenario wrote it, if no direction has it).</summary>
    public string RuleName { get; init; } = Scenario.Rule?.Text ?? "(no rule)";

    /// <summary>The direction files the scenario ran against, as paths relative to the working folder.</summary>
    public ImmutableArray<string> DirectionFiles { get; init; } = [];

    /// <summary>The direction file that holds the rule whose finding was checked, if known.</summary>
    public string? RuleFile { get; init; }

    /// <summary>The finding the rule gave, when the scenario ran.</summary>
    public Finding? Finding { get; init; }

    /// <summary>One line per difference between the finding and the expectation.</summary>
    public ImmutableArray<string> Mismatches { get; init; } = [];

    /// <summary>What stopped the scenario from running.</summary>
    public ImmutableArray<string> Errors { get; init; } = [];

    /// <summary>For a skipped scenario that ran: true when it would now pass (the bug may be fixed: remove the skip).</summary>
    public bool? SkippedWouldPass { get; init; }

    /// <summary>True for failed scenarios and scenarios that could not run.</summary>
    public bool IsFailure => Outcome is ScenarioOutcome.Failed or ScenarioOutcome.Error;
}
