namespace Directions.Compiler.Binding;

/// <summary>When a requirement must be met.</summary>
public abstract record BoundTiming;
