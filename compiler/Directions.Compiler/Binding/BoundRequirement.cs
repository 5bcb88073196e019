using System.Collections.Immutable;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Binding;

/// <summary>
/// One requirement of a rule: what must happen (<see cref="Subject"/>), when (<see cref="Timing"/>),
/// what may stretch the limit (<see cref="Rationale"/> while in force, never beyond <see cref="Maximum"/>),
/// other limits for cohorts, role constraints, and the trigger of a `when` clause.
/// </summary>
public sealed record BoundRequirement(
    SyntaxNode Syntax,
    BoundTermReference Subject,
    bool MustBeRecorded,
    BoundTiming? Timing,
    BoundTermReference? Rationale,
    Duration? Maximum,
    BoundTermReference? Trigger)
{
    /// <summary>Other limits for cohorts (`except` lines).</summary>
    public ImmutableArray<BoundCohortException> CohortExceptions { get; init; } = [];

    /// <summary>Role constraints (`chaired by ...` lines).</summary>
    public ImmutableArray<BoundRoleConstraint> RoleConstraints { get; init; } = [];
}
