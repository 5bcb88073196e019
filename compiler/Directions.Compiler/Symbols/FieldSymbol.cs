namespace Directions.Compiler.Symbols;

/// <summary>A field of a case-data table, e.g. <c>visits.child_seen</c>.</summary>
public sealed record FieldSymbol(string Name, FieldType Type, string Description)
{
    /// <summary>True for fields that hold a date or a date and time.</summary>
    public bool IsTemporal => Type is FieldType.Date or FieldType.DateTime;
}
