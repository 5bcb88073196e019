using Directions.Compiler.Semantics;
using Directions.LanguageServer.Workspace;

namespace Directions.LanguageServer.Server;

/// <summary>Every place a symbol is named across the workspace: in each folder's compilation, the same term, rule or direction (see <see cref="SymbolKeys"/>).</summary>
public static class SymbolSearch
{
    /// <summary>The occurrences of a symbol of <paramref name="origin"/>'s compilation in every folder, without duplicates, by file and position.</summary>
    public static IReadOnlyList<SymbolOccurrence> FindAll(ServerWorkspace workspace, DocumentSnapshot origin, object symbol, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, int), SymbolOccurrence>();
        foreach (var occurrence in origin.Compilation.FindOccurrences(symbol))
            found.TryAdd((occurrence.Location.Path, occurrence.Location.Span.Start), occurrence);
        foreach (var folder in workspace.GetProjects())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var compilation = workspace.GetCompilation(folder);
            if (ReferenceEquals(compilation, origin.Compilation) || SymbolKeys.FindIn(compilation, symbol) is not { } same)
                continue;
            foreach (var occurrence in compilation.FindOccurrences(same))
                found.TryAdd((occurrence.Location.Path, occurrence.Location.Span.Start), occurrence);
        }

        return [.. found.Values.OrderBy(o => o.Location.Path, StringComparer.Ordinal).ThenBy(o => o.Location.Span.Start)];
    }
}
