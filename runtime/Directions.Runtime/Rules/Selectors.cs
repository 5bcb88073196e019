using Directions.Runtime.Evaluation;
using NodaTime;

namespace Directions.Runtime.Rules;

/// <summary>Selects the dated records a requirement looks at (visits, reviews, the start of each CIN plan).</summary>
public delegate IReadOnlyList<Occurrence> OccurrenceSelector(CaseContext context);

/// <summary>Selects the periods a rule watches (the child's CIN episodes).</summary>
public delegate IReadOnlyList<PeriodSpan> PeriodSelector(CaseContext context);

/// <summary>Selects the records that excuse a longer gap, with the days each is in force.</summary>
public delegate IReadOnlyList<RecordInForce> RecordSelector(CaseContext context);

/// <summary>True when the child is in a cohort on a date.</summary>
public delegate bool CohortTest(CaseContext context, LocalDate on);

/// <summary>True when a worker holds a role; null when the caseload does not know the worker.</summary>
public delegate bool? WorkerTest(CaseContext context, string workerId);
