namespace Directions.Compiler.Binding;

/// <summary>
/// "before pre-proceedings start": a qualifying event is dated on or before the anchor.
/// <see cref="LeadTime"/>: "at least 3 days before ICPC", on or before the anchor minus the lead time.
/// <see cref="Window"/>: "within 2 weeks before transfer", no earlier than the anchor minus the window.
/// <see cref="Each"/>: "before each CLA review", an event since the previous occurrence of the anchor
/// (or since the start of the period the rule watches) for every occurrence.
/// </summary>
public sealed record BoundBefore(BoundTermReference Anchor) : BoundTiming
{
    /// <summary>How long before the anchor the event must be at the latest, or null.</summary>
    public Duration? LeadTime { get; init; }

    /// <summary>How long before the anchor the event may be at the earliest, or null (any time before).</summary>
    public Duration? Window { get; init; }

    /// <summary>True for "before each": an earlier occurrence's event does not count for a later one.</summary>
    public bool Each { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        (LeadTime is not null ? $"at least {LeadTime} before " : Window is not null ? $"within {Window} before " : "on or before ")
        + (Each ? "each " : string.Empty) + Anchor;
}
