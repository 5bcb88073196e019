using NodaTime;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// A token of a scenario line: its kind, its text (without quotes for quoted text), its one-based
/// column, and for a date the date and optional time of day.
/// </summary>
public sealed record ScenarioToken(ScenarioTokenKind Kind, string Text, int Column)
{
    /// <summary>For a date token, the date.</summary>
    public LocalDate Date { get; init; }

    /// <summary>For a date written with a time (<c>2025-01-06T14:30</c>) or a time token, the time of day.</summary>
    public LocalTime? Time { get; init; }

    /// <summary>True for a word equal to <paramref name="word"/>, ignoring capitals.</summary>
    public bool Is(string word) => Kind == ScenarioTokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Kind == ScenarioTokenKind.Quoted ? $"\"{Text}\"" : Text;
}
