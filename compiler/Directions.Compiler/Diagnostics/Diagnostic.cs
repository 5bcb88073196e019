using System.Collections.Immutable;
using Directions.Compiler.Text;

namespace Directions.Compiler.Diagnostics;

/// <summary>
/// A problem found in a direction: which catalogue entry, where, and the message a person reads.
/// Diagnostics are returned, never thrown.
/// </summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, TextLocation Location, string Message)
{
    /// <summary>Other places the message talks about (the first of two duplicate rules, the other limit of a contradiction).</summary>
    public ImmutableArray<TextLocation> AdditionalLocations { get; init; } = ImmutableArray<TextLocation>.Empty;

    /// <summary>The stable ID, e.g. "DIR2001".</summary>
    public string Id => Descriptor.Id;

    /// <summary>The severity.</summary>
    public DiagnosticSeverity Severity => Descriptor.Severity;

    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Makes a diagnostic from a catalogue entry and the values for its message holes.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, TextLocation location, params object?[] arguments) =>
        new(descriptor, location, descriptor.Format(arguments));

    /// <summary>
    /// The compiler form: <c>path(line,col): error DIR1234: message</c>, followed by
    /// <c>; see path2(line,col)</c> for each other place the message talks about.
    /// </summary>
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}{string.Concat(AdditionalLocations.Select(l => $" ; see {l}"))}";
}
