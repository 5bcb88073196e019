using Directions.Compiler.Symbols;
using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>workspace/symbol: directions (by title and id), rules and vocabulary terms of every folder whose name holds the query, case-insensitively.</summary>
public sealed class WorkspaceSymbols(ServerSession session)
{
    private const int MaximumResults = 500;

    /// <summary>The symbols matching a query (all of them, up to 500, for an empty query).</summary>
    [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
    public Task<SymbolInformation[]> WorkspaceSymbolAsync(WorkspaceSymbolParams parameters, CancellationToken cancellationToken)
    {
        var query = parameters?.Query ?? string.Empty;
        return session.RunAsync("workspace/symbol", cancellationToken, token =>
        {
            var found = new Dictionary<(string, int), SymbolInformation>();
            foreach (var folder in session.Workspace.GetProjects())
            {
                token.ThrowIfCancellationRequested();
                var compilation = session.Workspace.GetCompilation(folder);
                foreach (var direction in compilation.Directions)
                {
                    Add(found, query, direction.Title, DocumentSymbols.Namespace, direction.Syntax.Header.Title.Location, direction.Id);
                    foreach (var rule in direction.Rules)
                        Add(found, query, rule.Name, DocumentSymbols.Function, rule.Syntax.Header.Name.Location, direction.Title);
                }

                foreach (var term in compilation.Vocabulary.Terms)
                    Add(found, query, term.Name, Kind(term.Kind), term.Location, "vocabulary");
            }

            return found.Values.Take(MaximumResults).ToArray();
        });

        void Add(Dictionary<(string, int), SymbolInformation> found, string q, string name, int kind, Compiler.Text.TextLocation location, string container)
        {
            if (name.Length > 0 && name.Contains(q, StringComparison.OrdinalIgnoreCase))
                found.TryAdd((location.Path, location.Span.Start), new SymbolInformation(name, kind, Conversions.ToLocation(location, session.Workspace.UriOf), container));
        }
    }

    private static int Kind(TermKind kind) => kind switch
    {
        TermKind.Event => DocumentSymbols.Event,
        TermKind.Record => DocumentSymbols.Struct,
        TermKind.Period or TermKind.Subject => DocumentSymbols.Class,
        TermKind.Cohort => DocumentSymbols.Enum,
        TermKind.Role => DocumentSymbols.Interface,
        _ => DocumentSymbols.Property,
    };
}
