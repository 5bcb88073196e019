using Directions.Runtime.Time;

namespace Directions.Runtime.Rules;

/// <summary>"except long-term DCSS: max 8 weeks": other limits for a cohort; null parts keep the requirement's own.</summary>
public sealed record CohortExceptionSpec(string Cohort, CohortTest Test, PolicyDuration? Interval, PolicyDuration? Maximum);
