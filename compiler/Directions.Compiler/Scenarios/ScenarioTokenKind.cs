namespace Directions.Compiler.Scenarios;

/// <summary>The kinds of token on a line of a scenario file.</summary>
public enum ScenarioTokenKind
{
    /// <summary>A run of letters, digits, hyphens, apostrophes and underscores: <c>CIN</c>, <c>long-term</c>, <c>W1</c>.</summary>
    Word,

    /// <summary>Digits only: <c>43</c>. A version such as <c>2021.1</c> is a number too.</summary>
    Number,

    /// <summary>A date, <c>2025-01-06</c>, or a date and time, <c>2025-01-06T14:30</c>.</summary>
    Date,

    /// <summary>A time of day after <c>at</c>: <c>14:30</c>.</summary>
    Time,

    /// <summary>Text in straight or curly quotes; <see cref="ScenarioToken.Text"/> holds it without the quotes.</summary>
    Quoted,

    /// <summary><c>,</c></summary>
    Comma,

    /// <summary><c>:</c></summary>
    Colon,
}
