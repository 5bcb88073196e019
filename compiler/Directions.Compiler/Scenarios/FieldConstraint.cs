using System.Collections.Immutable;
using Directions.Runtime.Rules;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// What a scenario has said about one field of a record it makes: that it holds a value, that it is
/// filled in (any value), that it is empty, or that it differs from some values. <see cref="Source"/>
/// says which words of the scenario said so, for messages about contradictions.
/// </summary>
internal sealed record FieldConstraint(FieldConstraintKind Kind, object? Value, ImmutableArray<object> Excluded, string Source)
{
    public static FieldConstraint Is(object value, string source) => new(FieldConstraintKind.Is, value, [], source);

    public static FieldConstraint Filled(string source) => new(FieldConstraintKind.Filled, null, [], source);

    public static FieldConstraint Empty(string source) => new(FieldConstraintKind.Empty, null, [], source);

    public static FieldConstraint IsNot(object value, string source) => new(FieldConstraintKind.IsNot, null, [value], source);

    /// <summary>Both constraints at once, or null when they contradict each other.</summary>
    public FieldConstraint? Merge(FieldConstraint other) => (Kind, other.Kind) switch
    {
        (FieldConstraintKind.Is, FieldConstraintKind.Is) => Same(Value!, other.Value!) ? this : null,
        (FieldConstraintKind.Is, FieldConstraintKind.Filled) => this,
        (FieldConstraintKind.Is, FieldConstraintKind.Empty) => null,
        (FieldConstraintKind.Is, FieldConstraintKind.IsNot) => other.Excluded.Any(x => Same(Value!, x)) ? null : this,
        (FieldConstraintKind.Filled, FieldConstraintKind.Empty) => null,
        (FieldConstraintKind.Filled, _) => other,
        (FieldConstraintKind.Empty, FieldConstraintKind.IsNot or FieldConstraintKind.Empty) => this,
        (FieldConstraintKind.IsNot, FieldConstraintKind.IsNot) => this with { Excluded = [.. Excluded, .. other.Excluded] },
        (FieldConstraintKind.IsNot, FieldConstraintKind.Filled) => this,
        _ => other.Merge(this),
    };

    /// <summary>Values compare as the rules compare them: text without regard to capitals.</summary>
    public static bool Same(object a, object b) => (a, b) switch
    {
        (string x, string y) => RuleFunctions.TextEquals(x, y),
        _ => Equals(a, b),
    };

    /// <summary>"is "CIN"", "is filled in" ... for messages.</summary>
    public string Describe() => Kind switch
    {
        FieldConstraintKind.Is => $"is {Show(Value!)}",
        FieldConstraintKind.Filled => "is filled in",
        FieldConstraintKind.Empty => "is empty",
        _ => $"is not {string.Join(" or ", Excluded.Select(Show))}",
    };

    private static string Show(object value) => value switch
    {
        string s => $"\"{s}\"",
        bool b => b ? "yes" : "no",
        _ => value.ToString() ?? string.Empty,
    };
}
