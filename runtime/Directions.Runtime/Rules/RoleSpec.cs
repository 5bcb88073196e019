namespace Directions.Runtime.Rules;

/// <summary>
/// "chaired by qualified social worker": <see cref="Records"/> selects the requirement's records with the
/// worker of the action's field in <see cref="Evaluation.Occurrence.WorkerId"/>; <see cref="Test"/> checks the role.
/// </summary>
public sealed record RoleSpec(string Action, string Role, OccurrenceSelector Records, WorkerTest Test);
