namespace Directions.Compiler.Diagnostics;

/// <summary>
/// One entry of a diagnostic catalogue: a stable ID ("DIR2001"), a default severity, a short title
/// and a message template in plain English with {0}-style holes.
/// </summary>
public sealed record DiagnosticDescriptor(string Id, DiagnosticSeverity Severity, string Title, string MessageFormat)
{
    /// <summary>Fills the message template.</summary>
    public string Format(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, arguments);
}
