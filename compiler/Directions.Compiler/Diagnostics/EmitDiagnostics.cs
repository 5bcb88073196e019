namespace Directions.Compiler.Diagnostics;

/// <summary>
/// The catalogue of emit diagnostics (DIR9xxx): problems in turning a correct direction into a rule
/// assembly. They are internal errors (a fault of the compiler, not of the direction), reported at the
/// line of the direction the failing code came from. IDs are stable: never reuse or renumber one.
/// </summary>
public static class EmitDiagnostics
{
    /// <summary>DIR9001: the C# generated for a direction did not compile.</summary>
    public static readonly DiagnosticDescriptor GeneratedCodeDoesNotCompile = new(
        "DIR9001", DiagnosticSeverity.Error, "Internal error in generated code",
        "Internal error: the C# generated for this line does not compile ({0}). This is a fault in the Directions compiler, not in your direction; please report it with the direction file.");

    /// <summary>All emit diagnostics, for documentation and tests.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [GeneratedCodeDoesNotCompile];
}
