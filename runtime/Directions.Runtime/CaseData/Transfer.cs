using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>transfers</c>: a transfer of the case between teams or services, or a step up or down. Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Date">When the case transferred.</param>
/// <param name="Kind">The kind, as a code: between teams, step down, step up, transfer in.</param>
/// <param name="FromTeam">The id of the team it left.</param>
/// <param name="ToTeam">The id of the team it went to.</param>
/// <param name="SignedOff">When the transferring manager authorised the transfer checklist.</param>
/// <param name="SignedOffBy">The id of the manager who authorised the transfer checklist. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
/// <param name="ExpertWork">The care plan has expert assessments or interventions that need funding; null when not recorded.</param>
public sealed record Transfer(
    string Id,
    LocalDate Date,
    string Kind,
    string? FromTeam,
    string? ToTeam,
    LocalDate? SignedOff,
    string? SignedOffBy,
    bool? ExpertWork = null) : ICaseRecord
{
    /// <summary>The <c>transfers</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "transfers", "transfers of the case between teams or services, and steps up or down", "date", null, null,
        v => new Transfer(v.Text("id"), v.Date("date"), v.Text("kind"), v.OptionalText("from_team"), v.OptionalText("to_team"), v.OptionalDate("signed_off"), v.OptionalText("signed_off_by"), v.OptionalFlag("expert_work")),
        child => child.Transfers,
        (child, rows) => child with { Transfers = rows },
        [
            CaseField.Of<Transfer>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Transfer>("date", CaseFieldType.Date, true, "when the case transferred", r => r.Date),
            CaseField.Of<Transfer>("kind", CaseFieldType.Text, true, "the kind, as a code: between teams, step down, step up, transfer in", r => r.Kind),
            CaseField.Of<Transfer>("from_team", CaseFieldType.Text, false, "the id of the team it left", r => r.FromTeam),
            CaseField.Of<Transfer>("to_team", CaseFieldType.Text, false, "the id of the team it went to", r => r.ToTeam),
            CaseField.Of<Transfer>("signed_off", CaseFieldType.Date, false, "when the transferring manager authorised the transfer checklist", r => r.SignedOff),
            CaseField.Of<Transfer>("signed_off_by", CaseFieldType.Worker, false, "the id of the manager who authorised the transfer checklist", r => r.SignedOffBy),
            CaseField.Of<Transfer>("expert_work", CaseFieldType.Flag, false, "the care plan has expert assessments or interventions that need funding; null when not recorded", r => r.ExpertWork is { } flag ? Boxed.Flag(flag) : null),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
