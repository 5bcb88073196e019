namespace Directions.Compiler.Diagnostics;

/// <summary>How serious a diagnostic is. Errors stop a direction from being built; warnings do not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing that is not wrong.</summary>
    Info,

    /// <summary>Probably a mistake, or a policy text that contradicts itself; the direction still builds.</summary>
    Warning,

    /// <summary>The direction cannot be built until this is fixed.</summary>
    Error,
}
