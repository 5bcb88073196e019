using System.Collections.Immutable;
using Directions.Compiler.Binding;
using Directions.Runtime.CaseData;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// Makes a vocabulary condition true (or false) of a record being made: <c>kind is "CIN" and child_seen</c>
/// becomes kind = CIN, child_seen = yes. An <c>or</c> takes the first side that fits what is already
/// said; the result is null when the condition cannot hold without contradicting it. Fields worked out
/// as of a date (<c>age</c>, <c>open_for</c>) are not set here: the scenario's own dates decide them, and
/// the record is checked against the condition once it is made.
/// </summary>
internal static class ConditionSolver
{
    public static ImmutableDictionary<string, FieldConstraint>? Solve(
        BoundCondition? condition, bool want, ImmutableDictionary<string, FieldConstraint> fields, CaseTable table, string source) => condition switch
        {
            null => want ? fields : null,
            BoundNotCondition not => Solve(not.Operand, !want, fields, table, source),
            BoundBinaryCondition { IsAnd: true } both when want =>
                Solve(both.Left, true, fields, table, source) is { } left ? Solve(both.Right, true, left, table, source) : null,
            BoundBinaryCondition { IsAnd: true } both =>
                Solve(both.Left, false, fields, table, source) ?? Solve(both.Right, false, fields, table, source),
            BoundBinaryCondition either when want =>
                Solve(either.Left, true, fields, table, source) ?? Solve(either.Right, true, fields, table, source),
            BoundBinaryCondition either =>
                Solve(either.Left, false, fields, table, source) is { } right ? Solve(either.Right, false, right, table, source) : null,
            BoundFlagCondition flag => Flag(flag.Field.Name, want, fields, table, source),
            BoundComparisonCondition comparison => Compare(comparison, want, fields, table, source),
            BoundAtLeastCondition => fields,
            _ => null,
        };

    /// <summary>Adds a constraint on a field, or returns null when the field is already said to be otherwise.</summary>
    public static ImmutableDictionary<string, FieldConstraint>? Put(ImmutableDictionary<string, FieldConstraint> fields, string field, FieldConstraint constraint)
    {
        if (!fields.TryGetValue(field, out var existing))
            return fields.SetItem(field, constraint);
        return existing.Merge(constraint) is { } merged ? fields.SetItem(field, merged) : null;
    }

    private static ImmutableDictionary<string, FieldConstraint>? Flag(string name, bool want, ImmutableDictionary<string, FieldConstraint> fields, CaseTable table, string source)
    {
        var field = table.FindField(name);
        if (field is null)
            return null;
        if (field.IsComputed)
            return fields;
        if (field.Type == CaseFieldType.Flag)
            return Put(fields, name, FieldConstraint.Is(want, source));
        return Put(fields, name, want ? FieldConstraint.Filled(source) : FieldConstraint.Empty(source));
    }

    private static ImmutableDictionary<string, FieldConstraint>? Compare(BoundComparisonCondition comparison, bool want, ImmutableDictionary<string, FieldConstraint> fields, CaseTable table, string source)
    {
        var field = table.FindField(comparison.Field.Name);
        if (field is null)
            return null;
        if (field.IsComputed)
            return fields;
        var equal = want != comparison.Negated;
        return Put(fields, field.Name, equal ? FieldConstraint.Is(comparison.Value, source) : FieldConstraint.IsNot(comparison.Value, source));
    }
}
