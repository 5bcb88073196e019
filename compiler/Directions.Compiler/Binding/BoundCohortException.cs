using Directions.Compiler.Syntax;

namespace Directions.Compiler.Binding;

/// <summary>"except long-term DCSS: max 8 weeks": other limits for children in a cohort.</summary>
public sealed record BoundCohortException(ExceptClauseSyntax Syntax, BoundTermReference Cohort, BoundTiming? Timing, Duration? Maximum)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"for {Cohort}: {(Timing is null ? string.Empty : Timing + " ")}{(Maximum is null ? string.Empty : $"never more than {Maximum}")}".Trim();
}
