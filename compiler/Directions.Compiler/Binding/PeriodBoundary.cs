namespace Directions.Compiler.Binding;

/// <summary>Which moment of a period a reference means: "CIN plan start", "CP plan ends".</summary>
public enum PeriodBoundary
{
    /// <summary>The term is an event or record, or a period used as a whole.</summary>
    None,

    /// <summary>The day the period starts.</summary>
    Start,

    /// <summary>The day the period ends.</summary>
    End,
}
