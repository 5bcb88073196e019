using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// One row of <c>documents</c>: a document on the child's record: genogram, chronology, mapping; only its kind and dates, never its content. Ids and codes only, never personal details.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Kind">E.g. genogram, chronology, mapping.</param>
/// <param name="Created">When it was created.</param>
/// <param name="Updated">When it was last updated.</param>
/// <param name="SharedWithFamily">When it was shared with the family.</param>
public sealed record Document(
    string Id,
    string Kind,
    LocalDate Created,
    LocalDate? Updated,
    LocalDate? SharedWithFamily) : ICaseRecord
{
    /// <summary>The <c>documents</c> table: its fields and accessors.</summary>
    public static CaseTable Table { get; } = CaseTable.DefineChildTable(
        "documents", "documents on the child's record: genogram, chronology, mapping", "created", null, null,
        v => new Document(v.Text("id"), v.Text("kind"), v.Date("created"), v.OptionalDate("updated"), v.OptionalDate("shared_with_family")),
        child => child.Documents,
        (child, rows) => child with { Documents = rows },
        [
            CaseField.Of<Document>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Document>("kind", CaseFieldType.Text, true, "e.g. genogram, chronology, mapping", r => r.Kind),
            CaseField.Of<Document>("created", CaseFieldType.Date, true, "when it was created", r => r.Created),
            CaseField.Of<Document>("updated", CaseFieldType.Date, false, "when it was last updated", r => r.Updated),
            CaseField.Of<Document>("shared_with_family", CaseFieldType.Date, false, "when it was shared with the family", r => r.SharedWithFamily),
        ]);

    CaseTable ICaseRecord.Table => Table;

    /// <inheritdoc />
    public object? GetField(string name) => Table.Read(this, name);
}
