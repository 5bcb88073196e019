namespace Directions.Compiler.Symbols;

/// <summary>The type of a field in the case-data model.</summary>
public enum FieldType
{
    /// <summary>A calendar date with no time (most social-care records).</summary>
    Date,

    /// <summary>A date and time, needed for limits in hours.</summary>
    DateTime,

    /// <summary>Free text or a coded value such as a visit kind.</summary>
    Text,

    /// <summary>Yes or no.</summary>
    Flag,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A length of time worked out as of the check date (a child's age, how long a case has been open).</summary>
    Duration,

    /// <summary>A reference to a worker (whose role, qualification and registration a role term can test).</summary>
    Worker,
}
