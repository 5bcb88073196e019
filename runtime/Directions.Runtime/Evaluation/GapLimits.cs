using Directions.Runtime.Time;

namespace Directions.Runtime.Evaluation;

/// <summary>The limits on one gap: the usual interval, and the outer bound that holds even with a recorded rationale.</summary>
internal sealed record GapLimits(PolicyDuration Interval, PolicyDuration? Maximum, string? ExceptionCohort);
