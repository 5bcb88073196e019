using Directions.Compiler.Symbols;
using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>
/// textDocument/definition: from a term to its declaration in the vocabulary (its main name, whichever
/// synonym was written), from a rule's name to itself, from a `supersedes` line to the direction it names.
/// </summary>
public sealed class Definition(ServerSession session)
{
    /// <summary>The declaration of the symbol at a position, or an empty list.</summary>
    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> DefinitionAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var document = session.GetDocument(parameters.TextDocument.Uri);
        return session.RunAsync("textDocument/definition", cancellationToken, _ =>
        {
            var occurrence = document.Model.GetOccurrence(Conversions.ToOffset(document.Text, parameters.Position));
            if (occurrence is null)
                return Array.Empty<Location>();
            return [.. document.Compilation.FindOccurrences(occurrence.Symbol)
                .Where(o => o.IsDeclaration && ReferenceEquals(o.Symbol, occurrence.Symbol) && IsMain(o.Symbol, o.Name))
                .Select(o => Conversions.ToLocation(o.Location, session.Workspace.UriOf))];
        });
    }

    /// <summary>A term's main name (not an `also` name); any name of a rule or direction.</summary>
    private static bool IsMain(object symbol, string name) =>
        symbol is not TermSymbol term || string.Equals(Compiler.Symbols.VocabularySymbol.Normalize(term.Name), Compiler.Symbols.VocabularySymbol.Normalize(name), StringComparison.Ordinal);
}
