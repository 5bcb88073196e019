namespace Directions.Runtime.CaseData;

/// <summary>
/// A team of the local authority and the service area it belongs to. Team ids are codes chosen
/// by the case system (e.g. <c>ASWU-3</c>); <c>team</c> fields elsewhere hold these ids.
/// </summary>
/// <param name="Id">The team's identifier.</param>
/// <param name="ServiceArea">The service area, e.g. Area Social Work Units, DCSS, First Assessment Service.</param>
public sealed record Team(string Id, string? ServiceArea) : ICaseRecord
{
    /// <summary>The <c>teams</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.Define(
        "teams", "the teams of the local authority and their service areas",
        v => new Team(v.Text("id"), v.OptionalText("service_area")),
        [
            CaseField.Of<Team>("id", CaseFieldType.Text, true, "the team's identifier", r => r.Id),
            CaseField.Of<Team>("service_area", CaseFieldType.Text, false, "the service area, e.g. DCSS", r => r.ServiceArea),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
