namespace Directions.Runtime.Loading;

/// <summary>
/// Where case data comes from. The canonical JSON (<see cref="JsonCaseDataSource"/>) is the one
/// source today; an SSD CSV extract, the DfE census XML or a database can be added as further
/// sources without any change to the rules, which only see the <see cref="CaseData.Caseload"/>.
/// </summary>
public interface ICaseDataSource
{
    /// <summary>The name used in messages, e.g. the file's path.</summary>
    string Name { get; }

    /// <summary>
    /// Reads the whole caseload. Bad data throws <see cref="CaseDataException"/> naming where it is
    /// and what is wrong: a source never returns a partial caseload. Data the model does not know
    /// (record types, fields) is counted in the result rather than dropped silently.
    /// </summary>
    CaseloadLoadResult Load();
}
