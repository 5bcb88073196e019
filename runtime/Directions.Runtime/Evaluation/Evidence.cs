using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>A record a finding rests on: its ID, what it is and its date.</summary>
public sealed record Evidence(string RecordId, string What, LocalDate Date);
