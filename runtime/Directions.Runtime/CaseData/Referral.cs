namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>referrals</c>: a contact or referral to children's social care (ssd_cin_episodes referral fields). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Received">When the referral was received.</param>
/// <param name="Source">Who referred (a code such as police, schools, health services).</param>
/// <param name="Outcome">The decision on the referral.</param>
/// <param name="Concern">The main concern referred, as a code, e.g. neglect, home conditions, home alone.</param>
/// <param name="Decided">When a manager decided the next steps.</param>
/// <param name="DecidedBy">The id of the manager who decided the next steps. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
/// <param name="OpenCase">It came while the child's case was open; null when not recorded.</param>
/// <param name="RecentClosure">The child's case had been closed in the 3 months before it (the case system's three-month rule); null when not recorded.</param>
public sealed record Referral(
    string Id,
    RecordedAt Received,
    string? Source,
    string? Outcome,
    string? Concern = null,
    RecordedAt? Decided = null,
    string? DecidedBy = null,
    bool? OpenCase = null,
    bool? RecentClosure = null) : ICaseRecord
{
    /// <summary>The <c>referrals</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "referrals", "contacts and referrals to children's social care (ssd_cin_episodes referral fields)", "received", null, null,
        v => new Referral(v.Text("id"), v.At("received"), v.OptionalText("source"), v.OptionalText("outcome"), v.OptionalText("concern"), v.OptionalAt("decided"), v.OptionalText("decided_by"), v.OptionalFlag("open_case"), v.OptionalFlag("recent_closure")),
        child => child.Referrals,
        (child, rows) => child with { Referrals = rows },
        [
            CaseField.Of<Referral>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Referral>("received", CaseFieldType.DateTime, true, "when the referral was received", r => r.Received),
            CaseField.Of<Referral>("source", CaseFieldType.Text, false, "who referred (a code such as police, schools, health services)", r => r.Source),
            CaseField.Of<Referral>("outcome", CaseFieldType.Text, false, "the decision on the referral", r => r.Outcome),
            CaseField.Of<Referral>("concern", CaseFieldType.Text, false, "the main concern referred, as a code, e.g. neglect, home conditions, home alone", r => r.Concern),
            CaseField.Of<Referral>("decided", CaseFieldType.DateTime, false, "when a manager decided the next steps", r => r.Decided),
            CaseField.Of<Referral>("decided_by", CaseFieldType.Worker, false, "the id of the manager who decided the next steps", r => r.DecidedBy),
            CaseField.Of<Referral>("open_case", CaseFieldType.Flag, false, "it came while the child's case was open; null when not recorded", r => r.OpenCase is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Referral>("recent_closure", CaseFieldType.Flag, false, "the child's case had been closed in the 3 months before it (the case system's three-month rule); null when not recorded", r => r.RecentClosure is { } flag ? Boxed.Flag(flag) : null),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
