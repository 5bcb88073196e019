namespace Directions.Compiler.Scenarios;

/// <summary>
/// How well one rule of one direction file is covered by scenarios that run (skipped ones do not
/// count): how many expect it met (met or due), not met (overdue or breached), or something else.
/// </summary>
public sealed record RuleCoverage(string File, string Rule, int Line, int Met, int NotMet, int Other)
{
    /// <summary>At least one scenario where the rule is met and one where it is not.</summary>
    public bool IsCovered => Met > 0 && NotMet > 0;

    /// <summary>"no scenarios", "no scenario where it is met", ... or empty when covered.</summary>
    public string Lacking => (Met, NotMet) switch
    {
        (0, 0) => Other == 0 ? "no scenarios" : "no scenario where it is met, and none where it is not",
        (0, _) => "no scenario where it is met",
        (_, 0) => "no scenario where it is not met",
        _ => string.Empty,
    };
}
