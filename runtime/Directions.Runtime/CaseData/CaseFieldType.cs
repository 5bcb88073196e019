namespace Directions.Runtime.CaseData;

/// <summary>
/// The type of a field of the case-data model, as the compiler's case-data schema names it.
/// Each type has one .NET type in the runtime model.
/// </summary>
public enum CaseFieldType
{
    /// <summary>A calendar date with no time: a NodaTime <see cref="NodaTime.LocalDate"/>.</summary>
    Date,

    /// <summary>A date with an optional time of day: a <see cref="RecordedAt"/>.</summary>
    DateTime,

    /// <summary>A code or short coded text, such as a visit kind: a <see cref="string"/>.</summary>
    Text,

    /// <summary>Yes or no: a <see cref="bool"/>.</summary>
    Flag,

    /// <summary>A number: a <see cref="decimal"/>.</summary>
    Number,

    /// <summary>A length of time worked out as of a date (a child's age): a NodaTime <see cref="NodaTime.Period"/>.</summary>
    Duration,

    /// <summary>The id of a worker (a <see cref="string"/>), resolved through <see cref="Caseload.FindWorker(string)"/>.</summary>
    Worker,
}
