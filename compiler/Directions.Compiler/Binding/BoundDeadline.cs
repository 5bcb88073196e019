namespace Directions.Compiler.Binding;

/// <summary>
/// "within 12 weeks of involvement start": the first qualifying event falls no later than the anchor
/// plus the allowance (the anchor day is day 0). "then every 3 months" adds a cadence after it.
/// A null anchor means the trigger of the enclosing `when` clause.
/// </summary>
public sealed record BoundDeadline(Duration Within, BoundTermReference? Anchor, Duration? ThenEvery) : BoundTiming
{
    /// <inheritdoc />
    public override string ToString() =>
        $"within {Within}{(Anchor is null ? string.Empty : $" of {Anchor}")}{(ThenEvery is null ? string.Empty : $", then at least every {ThenEvery}")}";
}
