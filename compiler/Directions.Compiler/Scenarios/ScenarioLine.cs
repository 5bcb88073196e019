using System.Collections.Immutable;

namespace Directions.Compiler.Scenarios;

/// <summary>One non-blank line of a scenario file, split into tokens: its one-based number and the column where it starts.</summary>
public sealed record ScenarioLine(int Number, int Column, ImmutableArray<ScenarioToken> Tokens)
{
    /// <summary>The column just after the last token, for messages about something missing at the end of the line.</summary>
    public int EndColumn { get; init; }

    /// <summary>The line as written, without its comment.</summary>
    public string Text { get; init; } = string.Empty;
}
