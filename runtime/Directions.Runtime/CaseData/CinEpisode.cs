using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>cin_episodes</c>: an episode of involvement as a child in need (ssd_cin_episodes). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Start">When involvement started.</param>
/// <param name="End">When the episode closed; null while it is open.</param>
/// <param name="Team">The id of the team holding the case.</param>
/// <param name="ServiceArea">The service area, e.g. DCSS.</param>
/// <param name="Reason">The category of need (a code such as N1).</param>
/// <param name="EndReason">Why the episode closed, as a code, e.g. step down, no further action, transferred.</param>
public sealed record CinEpisode(
    string Id,
    LocalDate Start,
    LocalDate? End,
    string? Team,
    string? ServiceArea,
    string? Reason,
    string? EndReason = null) : ICaseRecord
{
    /// <summary>The <c>cin_episodes</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "cin_episodes", "episodes of involvement as a child in need (ssd_cin_episodes)", "start", "start", "end",
        v => new CinEpisode(v.Text("id"), v.Date("start"), v.OptionalDate("end"), v.OptionalText("team"), v.OptionalText("service_area"), v.OptionalText("reason"), v.OptionalText("end_reason")),
        child => child.CinEpisodes,
        (child, rows) => child with { CinEpisodes = rows },
        [
            CaseField.Of<CinEpisode>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<CinEpisode>("start", CaseFieldType.Date, true, "when involvement started", r => r.Start),
            CaseField.Of<CinEpisode>("end", CaseFieldType.Date, false, "when the episode closed; null while it is open", r => r.End),
            CaseField.Of<CinEpisode>("team", CaseFieldType.Text, false, "the id of the team holding the case", r => r.Team),
            CaseField.Of<CinEpisode>("service_area", CaseFieldType.Text, false, "the service area, e.g. DCSS", r => r.ServiceArea),
            CaseField.Of<CinEpisode>("reason", CaseFieldType.Text, false, "the category of need (a code such as N1)", r => r.Reason),
            CaseField.Of<CinEpisode>("end_reason", CaseFieldType.Text, false, "why the episode closed, as a code, e.g. step down, no further action, transferred", r => r.EndReason),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
