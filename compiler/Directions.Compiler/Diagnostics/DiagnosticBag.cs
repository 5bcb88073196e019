using System.Collections.Immutable;
using Directions.Compiler.Text;

namespace Directions.Compiler.Diagnostics;

/// <summary>Collects diagnostics while one phase runs. Not thread-safe: each phase run owns its bag.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>The number of diagnostics so far.</summary>
    public int Count => _diagnostics.Count;

    /// <summary>True when an error has been reported.</summary>
    public bool HasErrors => _diagnostics.Any(d => d.IsError);

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Adds several diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);

    /// <summary>Reports a catalogue entry at a location.</summary>
    public Diagnostic Report(DiagnosticDescriptor descriptor, TextLocation location, params object?[] arguments)
    {
        var diagnostic = Diagnostic.Create(descriptor, location, arguments);
        _diagnostics.Add(diagnostic);
        return diagnostic;
    }

    /// <summary>The diagnostics in source order (file, then position).</summary>
    public ImmutableArray<Diagnostic> ToImmutableSorted() =>
        _diagnostics
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
}
