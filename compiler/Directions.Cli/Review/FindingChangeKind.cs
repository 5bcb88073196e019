namespace Directions.Cli.Review;

/// <summary>How a child's finding for a rule changes from the old directions to the new.</summary>
public enum FindingChangeKind
{
    /// <summary>Overdue now and not before.</summary>
    NewlyOverdue,

    /// <summary>A past breach now and not before.</summary>
    NewlyBreached,

    /// <summary>Met (or not yet due) now, overdue or breached before.</summary>
    NewlyMet,

    /// <summary>The rule now applies to the child (a new rule, or a wider cohort).</summary>
    NowApplies,

    /// <summary>The rule no longer applies to the child (a removed rule, or a narrower cohort).</summary>
    NoLongerApplies,

    /// <summary>The next due date (or the first overdue day) moved; the status is the same, or changed only between met and due.</summary>
    DueDateMoved,

    /// <summary>Any other change of status (to or from insufficient data, due to met ...).</summary>
    OtherStatusChange,
}
