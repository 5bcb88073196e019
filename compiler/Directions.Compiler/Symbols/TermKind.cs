namespace Directions.Compiler.Symbols;

/// <summary>What a vocabulary term stands for in the case data.</summary>
public enum TermKind
{
    /// <summary>Dated rows of a table, such as visits or reviews.</summary>
    Event,

    /// <summary>Dated records, such as a case direction giving a rationale; may be in force over a period.</summary>
    Record,

    /// <summary>Rows with a start and an end, such as CIN plans.</summary>
    Period,

    /// <summary>The period a rule watches, such as a child's CIN episode.</summary>
    Subject,

    /// <summary>A condition on the child, such as long-term DCSS.</summary>
    Cohort,

    /// <summary>A condition on a worker, such as qualified social worker.</summary>
    Role,

    /// <summary>A field of an event, such as who chaired it, or when it was shared with the family.</summary>
    Action,
}
