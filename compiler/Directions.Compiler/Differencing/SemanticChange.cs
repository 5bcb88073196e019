namespace Directions.Compiler.Differencing;

/// <summary>One change in meaning, in plain English: "CIN visit: maximum gap with a recorded rationale 6 weeks -> 8 weeks (longer)".</summary>
/// <param name="Kind">What kind of change it is.</param>
/// <param name="Rule">The rule it belongs to (its new name), or null for a change to the direction's header or the vocabulary.</param>
/// <param name="Description">The change in plain English.</param>
public sealed record SemanticChange(ChangeKind Kind, string? Rule, string Description)
{
    /// <inheritdoc />
    public override string ToString() => Description;
}
