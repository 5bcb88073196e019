using Directions.Compiler.Describing;
using Directions.Compiler.Symbols;
using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>
/// textDocument/inlayHint: after each duration or idiom, what it means in the unit it is counted in
/// ("4 weeks = 28 days", "fortnightly = 14 days", "max 6 = 42 days", "quarterly = 3 calendar months"); none
/// where the text already says it ("28 days").
/// </summary>
public sealed class InlayHints(ServerSession session)
{
    /// <summary>The hints in a range of a document.</summary>
    [JsonRpcMethod("textDocument/inlayHint", UseSingleObjectParameterDeserialization = true)]
    public Task<InlayHint[]> InlayHintAsync(InlayHintParams parameters, CancellationToken cancellationToken)
    {
        var document = session.GetDocument(parameters.TextDocument.Uri);
        return session.RunAsync("textDocument/inlayHint", cancellationToken, _ =>
        {
            var range = Conversions.ToSpan(document.Text, parameters.Range);
            return document.Model.GetDurations()
                .Where(d => d.Syntax.Span.OverlapsWith(range) || range.ContainsOrTouches(d.Syntax.Span.Start))
                .Select(d => (d, Meaning: DurationDescriber.Resolve(d.Duration)))
                .Where(p => VocabularySymbol.Normalize(p.d.Syntax.ToString()) != VocabularySymbol.Normalize(p.Meaning))
                .Select(p => new InlayHint(
                    Conversions.ToPosition(document.Text, p.d.Syntax.Span.End),
                    $"= {p.Meaning}",
                    PaddingLeft: true,
                    Tooltip: DurationDescriber.ExplainUnit(p.d.Duration.Unit)))
                .ToArray();
        });
    }
}
