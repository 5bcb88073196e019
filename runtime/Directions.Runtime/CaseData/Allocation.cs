using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>allocations</c>: an allocation of a worker to the child. Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Worker">The id of the allocated worker. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
/// <param name="Start">When the allocation started.</param>
/// <param name="End">When it ended; null while it is current.</param>
/// <param name="Team">The id of the worker's team.</param>
/// <param name="Role">The worker's part, as a code: lead, co-worker, IRO, personal adviser.</param>
/// <param name="DecidedBy">The id of the manager who decided the allocation. Resolve it with <see cref="Caseload.FindWorker(string)"/>.</param>
public sealed record Allocation(
    string Id,
    string Worker,
    LocalDate Start,
    LocalDate? End,
    string? Team,
    string? Role = null,
    string? DecidedBy = null) : ICaseRecord
{
    /// <summary>The <c>allocations</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "allocations", "allocations of a worker to the child", "start", "start", "end",
        v => new Allocation(v.Text("id"), v.Text("worker"), v.Date("start"), v.OptionalDate("end"), v.OptionalText("team"), v.OptionalText("role"), v.OptionalText("decided_by")),
        child => child.Allocations,
        (child, rows) => child with { Allocations = rows },
        [
            CaseField.Of<Allocation>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Allocation>("worker", CaseFieldType.Worker, true, "the id of the allocated worker", r => r.Worker),
            CaseField.Of<Allocation>("start", CaseFieldType.Date, true, "when the allocation started", r => r.Start),
            CaseField.Of<Allocation>("end", CaseFieldType.Date, false, "when it ended; null while it is current", r => r.End),
            CaseField.Of<Allocation>("team", CaseFieldType.Text, false, "the id of the worker's team", r => r.Team),
            CaseField.Of<Allocation>("role", CaseFieldType.Text, false, "the worker's part, as a code: lead, co-worker, IRO, personal adviser", r => r.Role),
            CaseField.Of<Allocation>("decided_by", CaseFieldType.Worker, false, "the id of the manager who decided the allocation", r => r.DecidedBy),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
