namespace Directions.Runtime.Evaluation;

/// <summary>The outcome of one rule for one child, as of a date. Ordered from best to worst.</summary>
public enum FindingStatus
{
    /// <summary>The rule does not apply to the child (not in its cohort, or nothing to check in the period).</summary>
    NotApplicable,

    /// <summary>Everything the rule asks has been done, and nothing falls due in the next 14 days.</summary>
    Met,

    /// <summary>Met so far; the next event falls due within 14 days.</summary>
    Due,

    /// <summary>Met now, but the record shows past breaches (the gaps or deadlines that broke it).</summary>
    Breached,

    /// <summary>Something is due and has not happened: overdue since a date, by a number of days.</summary>
    Overdue,

    /// <summary>The record lacks what is needed to decide (e.g. a review with no chair recorded).</summary>
    InsufficientData,
}
