using System.Collections.Immutable;
using System.Reflection;
using Directions.Runtime.CaseData;
using NodaTime;

namespace Directions.Compiler.Emit;

/// <summary>
/// Where a table and a field of the case-data schema live in the runtime's typed model: the table
/// <c>visits</c> is <c>Child.Visits</c>, an <c>ImmutableArray&lt;Visit&gt;</c>; its field
/// <c>child_seen</c> is the property <c>Visit.ChildSeen</c>. Worked out by reflection over the
/// runtime's <see cref="CaseDataModel"/> once, so the emitter writes typed member accesses and a
/// field the typed model lacks falls back to reading by name, as the interpreter does.
/// </summary>
internal static class CaseModelMap
{
    /// <summary>How a field is reached on a record of a table.</summary>
    public sealed record FieldAccess(CaseField Field, PropertyInfo? Property, MethodInfo? ComputedMethod)
    {
        /// <summary>The property's .NET type (nullable forms included), or null when read by name.</summary>
        public Type? ClrType => Property?.PropertyType ?? ComputedMethod?.ReturnType;
    }

    /// <summary>A table of the runtime model: its record type and, for a child's tables, the property of <see cref="Child"/> holding its rows.</summary>
    public sealed record TableAccess(CaseTable Table, Type RecordType, PropertyInfo? ChildProperty);

    // The computed fields (worked out as of a date) and the methods of the record that work them out.
    private static readonly ImmutableDictionary<(string Table, string Field), string> ComputedMethods =
        ImmutableDictionary<(string, string), string>.Empty
            .Add(("children", "age"), nameof(Child.AgeOn))
            .Add(("children", "open_for"), nameof(Child.OpenFor))
            .Add(("household_members", "age"), nameof(HouseholdMember.AgeOn));

    /// <summary>The table of a child's records with this schema name, or the children, workers or teams table; null when unknown.</summary>
    public static TableAccess? FindTable(string name)
    {
        var table = CaseDataModel.FindTable(name)
            ?? (name == CaseDataModel.Children.Name ? CaseDataModel.Children
                : name == CaseDataModel.Workers.Name ? CaseDataModel.Workers
                : name == CaseDataModel.Teams.Name ? CaseDataModel.Teams : null);
        if (table is null)
            return null;
        var childProperty = table.IsChildTable
            ? typeof(Child).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => p.PropertyType == typeof(ImmutableArray<>).MakeGenericType(table.RecordType))
            : null;
        return new TableAccess(table, table.RecordType, childProperty);
    }

    /// <summary>The table for a record type the emitter knows statically (children, workers).</summary>
    public static TableAccess TableOf(CaseTable table) => FindTable(table.Name)!;

    /// <summary>How to reach a field of a table's records; null when the table has no such field.</summary>
    public static FieldAccess? FindField(TableAccess table, string name)
    {
        if (table.Table.FindField(name) is not { } field)
            return null;
        if (field.IsComputed)
        {
            var method = ComputedMethods.TryGetValue((table.Table.Name, name), out var methodName)
                ? table.RecordType.GetMethod(methodName, BindingFlags.Public | BindingFlags.Instance, [typeof(LocalDate)])
                : null;
            return new FieldAccess(field, null, method is not null && method.ReturnType == typeof(Period) ? method : null);
        }

        var property = table.RecordType.GetProperty(PascalCase(name), BindingFlags.Public | BindingFlags.Instance);
        var fits = property is not null && (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) == field.ValueType;
        return new FieldAccess(field, fits ? property : null, null);
    }

    /// <summary><c>child_seen</c> to <c>ChildSeen</c>, <c>s47_enquiries</c> to <c>S47Enquiries</c>.</summary>
    public static string PascalCase(string snake) =>
        string.Concat(snake.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>The C# name of a runtime type, for generated code (generic and nullable forms included).</summary>
    public static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return TypeName(underlying) + "?";
        return type switch
        {
            _ when type == typeof(string) => "string",
            _ when type == typeof(bool) => "bool",
            _ when type == typeof(decimal) => "decimal",
            _ when type == typeof(int) => "int",
            _ => type.Name,
        };
    }
}
