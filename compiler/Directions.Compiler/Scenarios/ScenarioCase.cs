using Directions.Runtime.CaseData;

namespace Directions.Compiler.Scenarios;

/// <summary>The case a scenario's history describes: a caseload holding the one child and the workers it names.</summary>
public sealed record ScenarioCase(Caseload Caseload, Child Child);
