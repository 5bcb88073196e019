using System.Collections.Immutable;
using Directions.Compiler.Binding;

namespace Directions.Compiler.Lowering;

/// <summary>A requirement lowered to what evaluation needs; mirrors the runtime's RequirementSpec.</summary>
public sealed record RequirementPlan(string Text, int Line, string What, SelectorPlan Subject)
{
    /// <summary>The timing, if any.</summary>
    public TimingPlan? Timing { get; init; }

    /// <summary>The records that excuse a longer gap, if any.</summary>
    public RecordPlan? Rationale { get; init; }

    /// <summary>The outer bound, if any.</summary>
    public Duration? Maximum { get; init; }

    /// <summary>The trigger of a `when` clause, if any.</summary>
    public SelectorPlan? Trigger { get; init; }

    /// <summary>The action each record must have done, if any.</summary>
    public string? Action { get; init; }

    /// <summary>True when a record must exist.</summary>
    public bool CheckExistence { get; init; }

    /// <summary>"visit written up within 2 working days": each record's action within this of its own date.</summary>
    public Duration? ActionWithin { get; init; }

    /// <summary>"report completed at least 5 days before report due": each record's action this long before the subject's date (the other field; zero days for plain 'before').</summary>
    public Duration? ActionBefore { get; init; }

    /// <summary>Cohort exceptions.</summary>
    public ImmutableArray<ExceptionPlan> Exceptions { get; init; } = [];

    /// <summary>Role constraints.</summary>
    public ImmutableArray<RolePlan> Roles { get; init; } = [];
}
