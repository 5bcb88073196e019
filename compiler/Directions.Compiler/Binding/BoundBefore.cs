namespace Directions.Compiler.Binding;

/// <summary>"before pre-proceedings start": a qualifying event is dated on or before the anchor.</summary>
public sealed record BoundBefore(BoundTermReference Anchor) : BoundTiming
{
    /// <inheritdoc />
    public override string ToString() => $"on or before {Anchor}";
}
