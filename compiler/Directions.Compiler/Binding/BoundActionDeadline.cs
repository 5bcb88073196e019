namespace Directions.Compiler.Binding;

/// <summary>
/// A deadline inside each record, between two of its dates: "visit written up within 2 working days"
/// (the action's date no later than the record's own date plus <see cref="Within"/>), or "report
/// completed at least 5 working days before report due" (the action's date no later than
/// <see cref="BeforeAction"/>'s date minus <see cref="LeadTime"/>). Each record is judged on its own fields.
/// </summary>
public sealed record BoundActionDeadline : BoundTiming
{
    /// <summary>"within N": how long after the record's own date the action may be done.</summary>
    public Duration? Within { get; init; }

    /// <summary>"before report due": the action of the same record that the subject's action must come before.</summary>
    public Symbols.TermSymbol? BeforeAction { get; init; }

    /// <summary>"at least N before": the lead time before <see cref="BeforeAction"/>'s date.</summary>
    public Duration? LeadTime { get; init; }

    /// <inheritdoc />
    public override string ToString() => BeforeAction is null
        ? $"within {Within} of its own date"
        : $"{(LeadTime is null ? "on or before" : $"at least {LeadTime} before")} its {BeforeAction.Name}";
}
