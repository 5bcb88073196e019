using Directions.Runtime.CaseData;
using NodaTime;

namespace Directions.Runtime.Rules;

/// <summary>What a rule sees while it checks one child: the child, the caseload (for workers and teams) and the as-of date.</summary>
public sealed record CaseContext(Child Child, Caseload Caseload, LocalDate AsOf);
