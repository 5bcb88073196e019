namespace Directions.Compiler.Scenarios;

/// <summary>
/// How well one rule of one direction file is covered by scenarios that run (skipped ones do not
/// count): how many expect it met (met or due), not met (overdue or breached), or something else.
/// </summary>
public sealed record RuleCoverage(string File, string Rule, int Line, int Met, int NotMet, int Other)
{
    /// <summary>The rule that `overrides` this one, or null: an overridden rule is not checked, so it needs no scenarios.</summary>
    public string? OverriddenBy { get; init; }

    /// <summary>At least one scenario where the rule is met and one where it is not, or the rule is overridden.</summary>
    public bool IsCovered => OverriddenBy is not null || (Met > 0 && NotMet > 0);

    /// <summary>"no scenarios", "no scenario where it is met", ... or empty when covered.</summary>
    public string Lacking => OverriddenBy is not null ? string.Empty : (Met, NotMet) switch
    {
        (0, 0) => Other == 0 ? "no scenarios" : "no scenario where it is met, and none where it is not",
        (0, _) => "no scenario where it is met",
        (_, 0) => "no scenario where it is not met",
        _ => string.Empty,
    };
}
