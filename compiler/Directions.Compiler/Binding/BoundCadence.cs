namespace Directions.Compiler.Binding;

/// <summary>
/// "every 4 weeks": no gap between consecutive qualifying events, nor from the start of the subject
/// period to the first one, nor from the last one to the check date, may exceed the interval.
/// </summary>
public sealed record BoundCadence(Duration Interval) : BoundTiming
{
    /// <inheritdoc />
    public override string ToString() => $"at least every {Interval}";
}
