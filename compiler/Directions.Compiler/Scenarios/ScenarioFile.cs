using System.Collections.Immutable;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// A parsed scenario file (<c>*.scenarios</c>): the direction files its scenarios run against (its
/// <c>directions</c> line, or the <c>.pd</c> file of the same name beside it), its scenarios, and the
/// mistakes found outside any scenario.
/// </summary>
public sealed record ScenarioFile(string Path, ImmutableArray<ScenarioText> Directions, ImmutableArray<Scenario> Scenarios, ImmutableArray<ScenarioDiagnostic> Diagnostics)
{
    /// <summary>The extension of scenario files.</summary>
    public const string Extension = ".scenarios";

    /// <summary>Every mistake in the file: outside scenarios and inside them, in line order.</summary>
    public ImmutableArray<ScenarioDiagnostic> AllDiagnostics =>
        [.. Diagnostics.Concat(Scenarios.SelectMany(s => s.Diagnostics)).OrderBy(d => d.Line).ThenBy(d => d.Column)];

    /// <summary>Reads and parses a scenario file.</summary>
    public static ScenarioFile Load(string path) => ScenarioParser.Parse(File.ReadAllText(path), path);
}
