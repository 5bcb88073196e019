using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>
/// textDocument/references: every place across the workspace that names the term (with any of its names),
/// the rule (in every version of its direction) or the direction (its `supersedes` lines) at a position.
/// </summary>
public sealed class References(ServerSession session)
{
    /// <summary>The references, with the declarations if the client asks for them.</summary>
    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> ReferencesAsync(ReferenceParams parameters, CancellationToken cancellationToken)
    {
        var document = session.GetDocument(parameters.TextDocument.Uri);
        return session.RunAsync("textDocument/references", cancellationToken, token =>
        {
            var occurrence = document.Model.GetOccurrence(Conversions.ToOffset(document.Text, parameters.Position));
            if (occurrence is null)
                return Array.Empty<Location>();
            return [.. SymbolSearch.FindAll(session.Workspace, document, occurrence.Symbol, token)
                .Where(o => parameters.Context?.IncludeDeclaration != false || !o.IsDeclaration)
                .Select(o => Conversions.ToLocation(o.Location, session.Workspace.UriOf))];
        });
    }
}
