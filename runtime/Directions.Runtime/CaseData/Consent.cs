using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>consents</c>: a consent sought from a parent, young person or household member. Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Date">When it was given or refused.</param>
/// <param name="Scope">What it covers, as a code, e.g. assessment, information sharing, onward referral, medical, activity.</param>
/// <param name="GivenBy">Who, as a role code: parent, young person, household member.</param>
/// <param name="Refused">Consent was refused; null when not recorded.</param>
public sealed record Consent(
    string Id,
    LocalDate Date,
    string Scope,
    string? GivenBy,
    bool? Refused) : ICaseRecord
{
    /// <summary>The <c>consents</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "consents", "consents sought from a parent, young person or household member", "date", null, null,
        v => new Consent(v.Text("id"), v.Date("date"), v.Text("scope"), v.OptionalText("given_by"), v.OptionalFlag("refused")),
        child => child.Consents,
        (child, rows) => child with { Consents = rows },
        [
            CaseField.Of<Consent>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Consent>("date", CaseFieldType.Date, true, "when it was given or refused", r => r.Date),
            CaseField.Of<Consent>("scope", CaseFieldType.Text, true, "what it covers, as a code, e.g. assessment, information sharing, onward referral, medical, activity", r => r.Scope),
            CaseField.Of<Consent>("given_by", CaseFieldType.Text, false, "who, as a role code: parent, young person, household member", r => r.GivenBy),
            CaseField.Of<Consent>("refused", CaseFieldType.Flag, false, "consent was refused; null when not recorded", r => r.Refused is { } flag ? Boxed.Flag(flag) : null),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
