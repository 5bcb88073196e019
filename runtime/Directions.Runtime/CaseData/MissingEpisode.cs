namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>missing_episodes</c>: an episode of the child going missing (ssd_missing). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Start">When the child went missing.</param>
/// <param name="Returned">When the child came back; null while missing.</param>
public sealed record MissingEpisode(
    string Id,
    RecordedAt Start,
    RecordedAt? Returned) : ICaseRecord
{
    /// <summary>The <c>missing_episodes</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "missing_episodes", "episodes of the child going missing (ssd_missing)", "start", null, null,
        v => new MissingEpisode(v.Text("id"), v.At("start"), v.OptionalAt("returned")),
        child => child.MissingEpisodes,
        (child, rows) => child with { MissingEpisodes = rows },
        [
            CaseField.Of<MissingEpisode>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<MissingEpisode>("start", CaseFieldType.DateTime, true, "when the child went missing", r => r.Start),
            CaseField.Of<MissingEpisode>("returned", CaseFieldType.DateTime, false, "when the child came back; null while missing", r => r.Returned),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
