using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>household_members</c>: a member of the child's household (an id and dates, never a name). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Relationship">Their relationship to the child, as a code, e.g. mother, sibling, lodger.</param>
/// <param name="DateOfBirth">Their date of birth.</param>
/// <param name="Joined">When they joined the household (or were first known to).</param>
/// <param name="Consent">When their own consent to seek and share information was recorded.</param>
/// <param name="Assessed">When their own child and family assessment was completed (a child in the household).</param>
public sealed record HouseholdMember(
    string Id,
    string? Relationship,
    LocalDate? DateOfBirth,
    LocalDate Joined,
    LocalDate? Consent,
    LocalDate? Assessed = null) : ICaseRecord
{
    /// <summary>The <c>household_members</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "household_members", "members of the child's household (ids and dates only)", "joined", null, null,
        v => new HouseholdMember(v.Text("id"), v.OptionalText("relationship"), v.OptionalDate("date_of_birth"), v.Date("joined"), v.OptionalDate("consent"), v.OptionalDate("assessed")),
        child => child.HouseholdMembers,
        (child, rows) => child with { HouseholdMembers = rows },
        [
            CaseField.Of<HouseholdMember>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<HouseholdMember>("relationship", CaseFieldType.Text, false, "their relationship to the child, as a code, e.g. mother, sibling, lodger", r => r.Relationship),
            CaseField.Of<HouseholdMember>("date_of_birth", CaseFieldType.Date, false, "their date of birth", r => r.DateOfBirth),
            CaseField.Computed<HouseholdMember>("age", "their age on the check date", (r, asOf) => r.AgeOn(asOf)),
            CaseField.Of<HouseholdMember>("joined", CaseFieldType.Date, true, "when they joined the household (or were first known to)", r => r.Joined),
            CaseField.Of<HouseholdMember>("consent", CaseFieldType.Date, false, "when their own consent to seek and share information was recorded", r => r.Consent),
            CaseField.Of<HouseholdMember>("assessed", CaseFieldType.Date, false, "when their own child and family assessment was completed (a child in the household)", r => r.Assessed),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <summary>Their age on a date, in years, months and days; null when the date of birth is not recorded or is after the date.</summary>
    public Period? AgeOn(LocalDate date) =>
        DateOfBirth is { } born && born <= date ? Period.Between(born, date, PeriodUnits.YearMonthDay) : null;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
