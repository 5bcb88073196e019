namespace Directions.Compiler.Differencing;

/// <summary>What kind of change in meaning a <see cref="SemanticChange"/> is.</summary>
public enum ChangeKind
{
    /// <summary>A direction (or a version of one) that only the new side has.</summary>
    DirectionAdded,

    /// <summary>A direction (or a version of one) that only the old side has.</summary>
    DirectionRemoved,

    /// <summary>The version number changed.</summary>
    VersionChanged,

    /// <summary>The first or last day in force changed.</summary>
    EffectiveDatesChanged,

    /// <summary>The title, issuer or source document changed.</summary>
    HeaderChanged,

    /// <summary>What the direction supersedes changed.</summary>
    SupersedesChanged,

    /// <summary>The service areas changed.</summary>
    ServiceAreasChanged,

    /// <summary>A rule was added.</summary>
    RuleAdded,

    /// <summary>A rule was removed.</summary>
    RuleRemoved,

    /// <summary>A rule was renamed and nothing else about it changed.</summary>
    RuleRenamed,

    /// <summary>A rule's citations changed.</summary>
    CitationsChanged,

    /// <summary>A rule's quote changed.</summary>
    QuoteChanged,

    /// <summary>The cohorts a rule applies to changed.</summary>
    CohortsChanged,

    /// <summary>A requirement was added to a rule.</summary>
    RequirementAdded,

    /// <summary>A requirement was removed from a rule.</summary>
    RequirementRemoved,

    /// <summary>The kind of timing changed (a cadence became a deadline, a deadline's anchor changed ...).</summary>
    TimingChanged,

    /// <summary>A limit changed in size, in the same unit (6 weeks to 8 weeks).</summary>
    LimitChanged,

    /// <summary>A limit changed its unit (weeks to working days).</summary>
    UnitChanged,

    /// <summary>What may stretch a limit (unless recorded ...) or whether a record is required changed.</summary>
    AllowanceChanged,

    /// <summary>An exception for a cohort was added.</summary>
    ExceptionAdded,

    /// <summary>An exception for a cohort was removed.</summary>
    ExceptionRemoved,

    /// <summary>Who must do it changed.</summary>
    RoleChanged,

    /// <summary>A vocabulary term was added.</summary>
    TermAdded,

    /// <summary>A vocabulary term was removed.</summary>
    TermRemoved,

    /// <summary>What a vocabulary term means, or its other names, changed.</summary>
    TermChanged,
}
