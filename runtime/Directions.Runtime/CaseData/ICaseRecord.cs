namespace Directions.Runtime.CaseData;

/// <summary>
/// A row of the case-data model: a team, a worker, a child, or a row of one of a child's tables.
/// Every row has an id. A generic evaluator reads fields by their schema name through
/// <see cref="GetField(string)"/>, or faster through a <see cref="CaseField"/> resolved once from
/// <see cref="Table"/>. No row holds personal details: ids and codes only.
/// </summary>
public interface ICaseRecord
{
    /// <summary>The row's identifier, unique within its table across the caseload.</summary>
    string Id { get; }

    /// <summary>The table this row belongs to, with its fields.</summary>
    CaseTable Table { get; }

    /// <summary>
    /// The value of the field with this schema name (snake_case, e.g. <c>child_seen</c>): a
    /// <see cref="string"/>, <see cref="bool"/>, <see cref="decimal"/>, NodaTime
    /// <see cref="NodaTime.LocalDate"/>, <see cref="RecordedAt"/>, or null when not recorded.
    /// Throws <see cref="ArgumentException"/> for a name the table does not have.
    /// </summary>
    object? GetField(string name);
}
