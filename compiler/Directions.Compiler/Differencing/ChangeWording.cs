using Directions.Compiler.Binding;

namespace Directions.Compiler.Differencing;

/// <summary>The plain-English phrases the differ builds its changes from.</summary>
internal static class ChangeWording
{
    /// <summary>
    /// A change of one limit: "usual gap 4 weeks -> 3 weeks (shorter)", a unit change named as
    /// such, or a limit added or removed. Null when both are the same.
    /// </summary>
    public static (ChangeKind Kind, string Text)? Limit(string label, Duration? before, Duration? after)
    {
        if (before is null && after is null || before is not null && after is not null && before.IsSameAs(after))
            return null;
        if (before is null)
            return (ChangeKind.LimitChanged, $"{label}: none -> {after}");
        if (after is null)
            return (ChangeKind.LimitChanged, $"{label}: {before} -> none");
        if (before.Unit != after.Unit)
            return (ChangeKind.UnitChanged, $"{label}: {before} -> {after} (unit changed: {UnitName(before.Unit)} -> {UnitName(after.Unit)})");
        return (ChangeKind.LimitChanged, $"{label}: {before} -> {after} ({(after.Count > before.Count ? "longer" : "shorter")})");
    }

    /// <summary>"weeks", "working days".</summary>
    public static string UnitName(TimeUnit unit) => unit switch
    {
        TimeUnit.Hours => "hours",
        TimeUnit.Days => "days",
        TimeUnit.WorkingDays => "working days",
        TimeUnit.Weeks => "weeks",
        TimeUnit.Months => "months",
        _ => "years",
    };

    /// <summary>A timing in plain English, or "no timing".</summary>
    public static string Timing(BoundTiming? timing) => timing?.ToString() ?? "no timing";

    /// <summary>A list of quoted names: "\"a\", \"b\"".</summary>
    public static string Names(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));

    /// <summary>A long text shortened for a one-line change.</summary>
    public static string Short(string? text, int length = 70) =>
        text is null ? "none" : text.Length <= length ? $"\"{text}\"" : $"\"{text[..(length - 3)]}...\"";

    /// <summary>A date, or "open-ended".</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none";
}
