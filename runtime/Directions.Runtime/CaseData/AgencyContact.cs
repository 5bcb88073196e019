using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>agency_contacts</c>: a request for information from, a sharing of information with, or a referral to another agency. Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Date">When it was made.</param>
/// <param name="Kind">The kind, as a code: information request, information share, onward referral.</param>
/// <param name="Agency">The other agency, as a code, e.g. health, school, police.</param>
/// <param name="ChildProtection">It was about a child protection concern; null when not recorded.</param>
/// <param name="Consent">When the consent covering it was given; null when there was none.</param>
public sealed record AgencyContact(
    string Id,
    LocalDate Date,
    string Kind,
    string? Agency,
    bool? ChildProtection,
    LocalDate? Consent) : ICaseRecord
{
    /// <summary>The <c>agency_contacts</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "agency_contacts", "requests for information from, sharing with, and referrals to other agencies", "date", null, null,
        v => new AgencyContact(v.Text("id"), v.Date("date"), v.Text("kind"), v.OptionalText("agency"), v.OptionalFlag("child_protection"), v.OptionalDate("consent")),
        child => child.AgencyContacts,
        (child, rows) => child with { AgencyContacts = rows },
        [
            CaseField.Of<AgencyContact>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<AgencyContact>("date", CaseFieldType.Date, true, "when it was made", r => r.Date),
            CaseField.Of<AgencyContact>("kind", CaseFieldType.Text, true, "the kind, as a code: information request, information share, onward referral", r => r.Kind),
            CaseField.Of<AgencyContact>("agency", CaseFieldType.Text, false, "the other agency, as a code, e.g. health, school, police", r => r.Agency),
            CaseField.Of<AgencyContact>("child_protection", CaseFieldType.Flag, false, "it was about a child protection concern; null when not recorded", r => r.ChildProtection is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<AgencyContact>("consent", CaseFieldType.Date, false, "when the consent covering it was given; null when there was none", r => r.Consent),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
