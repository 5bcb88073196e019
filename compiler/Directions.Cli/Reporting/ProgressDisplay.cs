using Directions.Runtime.CaseData;
using Directions.Runtime.Evaluation;
using Directions.Runtime.Rules;
using NodaTime;
using Spectre.Console;

namespace Directions.Cli.Reporting;

/// <summary>
/// Runs an evaluation, with a progress bar on standard error when it is an interactive terminal, the
/// run is long (at least <see cref="Threshold"/> children) and the environment is not CI.
/// </summary>
public static class ProgressDisplay
{
    /// <summary>The fewest children for which a progress bar is shown.</summary>
    public const int Threshold = 2000;

    /// <summary>True when standard error is a terminal a person is watching: not redirected, and <c>CI</c> is not set (to anything but false or 0).</summary>
    public static bool ErrorIsInteractive => !Console.IsErrorRedirected && !IsCi;

    /// <summary>True when standard output is a terminal a person is watching.</summary>
    public static bool OutputIsInteractive => !Console.IsOutputRedirected && !IsCi;

    /// <summary>True when the environment variable <c>CI</c> says this is a CI run.</summary>
    public static bool IsCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci
                               && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";

    /// <summary>Evaluates the caseload, showing progress when <paramref name="show"/> and the caseload is large.</summary>
    public static IReadOnlyList<Finding> Evaluate(RuleEvaluator evaluator, Caseload caseload, LocalDate asOf, bool show)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(caseload);
        if (!show || caseload.Children.Length < Threshold)
            return evaluator.Evaluate(caseload, asOf);

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IReadOnlyList<Finding> findings = [];
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Checking children", maxValue: caseload.Children.Length);
                findings = evaluator.Evaluate(caseload, asOf, new Reporter(task));
                task.Value = task.MaxValue;
            });
        return findings;
    }

    /// <summary>Reports on the evaluating thread (not through a synchronisation context), never going backwards.</summary>
    private sealed class Reporter(ProgressTask task) : IProgress<int>
    {
        private readonly Lock _lock = new();

        public void Report(int value)
        {
            lock (_lock)
            {
                if (value > task.Value)
                    task.Value = value;
            }
        }
    }
}
