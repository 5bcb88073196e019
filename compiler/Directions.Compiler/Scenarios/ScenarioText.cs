namespace Directions.Compiler.Scenarios;

/// <summary>A piece of text from a scenario file and where it was written (one-based line and column).</summary>
public sealed record ScenarioText(string Text, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
