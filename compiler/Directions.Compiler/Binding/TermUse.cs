namespace Directions.Compiler.Binding;

/// <summary>Where a term stands in a rule, which decides the kinds of term it may be.</summary>
internal enum TermUse
{
    /// <summary>What must happen: an event, a record, a period (its start), or one of these with an action.</summary>
    Requirement,

    /// <summary>What a deadline counts from, or what something must come before: an event, a record or a period boundary.</summary>
    Anchor,

    /// <summary>What a `when` clause waits for: an event, a record or a period boundary.</summary>
    Trigger,

    /// <summary>What `unless recorded` needs: a record.</summary>
    Rationale,

    /// <summary>Who a rule applies to, or is excepted: a cohort or a subject.</summary>
    Cohort,

    /// <summary>Who must do something: a role.</summary>
    Role,
}
