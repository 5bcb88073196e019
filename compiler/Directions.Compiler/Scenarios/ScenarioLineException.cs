namespace Directions.Compiler.Scenarios;

/// <summary>A mistake found while reading one line: the reader stops at the first mistake of a line and reports it at its column.</summary>
internal sealed class ScenarioLineException(int column, string message) : Exception(message)
{
    /// <summary>The one-based column of the mistake.</summary>
    public int Column { get; } = column;
}
