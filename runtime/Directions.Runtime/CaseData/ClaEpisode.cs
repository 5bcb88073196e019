using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>cla_episodes</c>: an episode of being looked after (ssd_cla_episodes). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Start">When the child became looked after.</param>
/// <param name="End">When it ended; null while the child is looked after.</param>
/// <param name="LegalStatus">The legal status (a code such as C2 or V2).</param>
/// <param name="EndReason">Why it ended, as a code, e.g. returned home, adopted, special guardianship order, turned 18.</param>
public sealed record ClaEpisode(
    string Id,
    LocalDate Start,
    LocalDate? End,
    string? LegalStatus,
    string? EndReason = null) : ICaseRecord
{
    /// <summary>The <c>cla_episodes</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "cla_episodes", "episodes of being looked after (ssd_cla_episodes)", "start", "start", "end",
        v => new ClaEpisode(v.Text("id"), v.Date("start"), v.OptionalDate("end"), v.OptionalText("legal_status"), v.OptionalText("end_reason")),
        child => child.ClaEpisodes,
        (child, rows) => child with { ClaEpisodes = rows },
        [
            CaseField.Of<ClaEpisode>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<ClaEpisode>("start", CaseFieldType.Date, true, "when the child became looked after", r => r.Start),
            CaseField.Of<ClaEpisode>("end", CaseFieldType.Date, false, "when it ended; null while the child is looked after", r => r.End),
            CaseField.Of<ClaEpisode>("legal_status", CaseFieldType.Text, false, "the legal status (a code such as C2 or V2)", r => r.LegalStatus),
            CaseField.Of<ClaEpisode>("end_reason", CaseFieldType.Text, false, "why it ended, as a code, e.g. returned home, adopted, special guardianship order, turned 18", r => r.EndReason),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
