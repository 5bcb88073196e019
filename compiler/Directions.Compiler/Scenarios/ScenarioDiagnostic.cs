using System.Globalization;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// A mistake in a scenario file, or a reason a scenario cannot run, at a one-based line and column:
/// shown as <c>path(line,col): error: message</c>, like the compiler's diagnostics.
/// </summary>
public sealed record ScenarioDiagnostic(string Path, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column}): error: {Message}");
}
