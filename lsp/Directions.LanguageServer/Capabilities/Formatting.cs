using Directions.Compiler.Formatting;
using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>
/// textDocument/formatting: the canonical layout, by the same formatter as `directions fmt`
/// (<see cref="DirectionFormatter"/>), as the smallest edits; none when the document is already canonical.
/// </summary>
public sealed class Formatting(ServerSession session)
{
    /// <summary>The edits that make a document canonical.</summary>
    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    public Task<TextEdit[]> FormattingAsync(DocumentFormattingParams parameters, CancellationToken cancellationToken)
    {
        var document = session.GetDocument(parameters.TextDocument.Uri);
        return session.RunAsync("textDocument/formatting", cancellationToken, _ =>
            DirectionFormatter.GetEdits(document.Tree)
                .Select(e => new TextEdit(Conversions.ToRange(document.Text, e.Span), e.NewText))
                .ToArray());
    }
}
