namespace Directions.Runtime.CaseData;

/// <summary>
/// A worker: what role terms (qualified social worker, team manager, IRO ...) test. Identified by
/// an id only; the model holds no names or contact details.
/// </summary>
/// <param name="Id">The worker's identifier.</param>
/// <param name="Role">The job role, e.g. social worker, team manager, IRO, family support worker.</param>
/// <param name="Qualified">The worker holds a social work qualification.</param>
/// <param name="Registered">The worker is registered with Social Work England.</param>
/// <param name="Team">The id of the worker's team.</param>
public sealed record Worker(string Id, string Role, bool Qualified, bool Registered, string? Team) : ICaseRecord
{
    /// <summary>The <c>workers</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.Define(
        "workers", "the workers named in the case data, by id",
        v => new Worker(v.Text("id"), v.Text("role"), v.Flag("qualified"), v.Flag("registered"), v.OptionalText("team")),
        [
            CaseField.Of<Worker>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Worker>("role", CaseFieldType.Text, true, "job role, e.g. social worker, team manager, IRO", r => r.Role),
            CaseField.Of<Worker>("qualified", CaseFieldType.Flag, true, "holds a social work qualification", r => Boxed.Flag(r.Qualified)),
            CaseField.Of<Worker>("registered", CaseFieldType.Flag, true, "registered with Social Work England", r => Boxed.Flag(r.Registered)),
            CaseField.Of<Worker>("team", CaseFieldType.Text, false, "the worker's team", r => r.Team),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
