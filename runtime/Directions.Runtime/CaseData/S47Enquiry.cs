using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>s47_enquiries</c>: a section 47 enquiry (ssd_s47_enquiry). Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Start">When the enquiry started.</param>
/// <param name="Completed">When it was completed; null while it is in progress.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="StrategyDiscussion">The date of the strategy discussion that started it.</param>
/// <param name="JointInvestigation">A joint police and social care investigation; null when not recorded.</param>
public sealed record S47Enquiry(
    string Id,
    LocalDate Start,
    LocalDate? Completed,
    string? Outcome,
    LocalDate? StrategyDiscussion = null,
    bool? JointInvestigation = null) : ICaseRecord
{
    /// <summary>The <c>s47_enquiries</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "s47_enquiries", "section 47 enquiries (ssd_s47_enquiry)", "start", "start", "completed",
        v => new S47Enquiry(v.Text("id"), v.Date("start"), v.OptionalDate("completed"), v.OptionalText("outcome"), v.OptionalDate("strategy_discussion"), v.OptionalFlag("joint_investigation")),
        child => child.S47Enquiries,
        (child, rows) => child with { S47Enquiries = rows },
        [
            CaseField.Of<S47Enquiry>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<S47Enquiry>("start", CaseFieldType.Date, true, "when the enquiry started", r => r.Start),
            CaseField.Of<S47Enquiry>("completed", CaseFieldType.Date, false, "when it was completed; null while it is in progress", r => r.Completed),
            CaseField.Of<S47Enquiry>("outcome", CaseFieldType.Text, false, "the outcome", r => r.Outcome),
            CaseField.Of<S47Enquiry>("strategy_discussion", CaseFieldType.Date, false, "the date of the strategy discussion that started it", r => r.StrategyDiscussion),
            CaseField.Of<S47Enquiry>("joint_investigation", CaseFieldType.Flag, false, "a joint police and social care investigation; null when not recorded", r => r.JointInvestigation is { } flag ? Boxed.Flag(flag) : null),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
