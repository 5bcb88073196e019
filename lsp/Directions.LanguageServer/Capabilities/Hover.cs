using System.Text;
using Directions.Compiler.Describing;
using Directions.Compiler.Symbols;
using Directions.Compiler.Text;
using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using Directions.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>
/// textDocument/hover: on a term, what it maps to in the case data; on a duration, what it means; anywhere in
/// a rule, the rule in plain English with units resolved (the same words as `directions render`), its
/// citations, and its direction's version and effective date; on a direction's header, the direction.
/// </summary>
public sealed class Hover(ServerSession session)
{
    /// <summary>Answers a hover, or null where there is nothing to say.</summary>
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.Hover?> HoverAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var document = session.GetDocument(parameters.TextDocument.Uri);
        return session.RunAsync("textDocument/hover", cancellationToken, _ => Answer(document, Conversions.ToOffset(document.Text, parameters.Position)));
    }

    /// <summary>The hover at an offset of a document.</summary>
    public static Protocol.Hover? Answer(DocumentSnapshot document, int offset)
    {
        var model = document.Model;
        var text = new StringBuilder();
        TextSpan? span = null;

        var occurrence = model.GetOccurrence(offset);
        if (occurrence?.Symbol is TermSymbol term)
        {
            text.Append($"**{term.Name}** ({term.Kind.ToString().ToLowerInvariant()})\n\n{TermDescriber.Describe(term)}\n");
            span = occurrence.Location.Span;
        }

        if (model.GetDuration(offset) is { } duration)
        {
            Separate(text);
            text.Append($"**{duration.Syntax.ToString().Trim()}** = {DurationDescriber.Resolve(duration.Duration)}. {DurationDescriber.ExplainUnit(duration.Duration.Unit)}\n");
            span ??= duration.Syntax.Span;
        }

        if (model.GetRule(offset) is { } rule)
        {
            Separate(text);
            text.Append($"**Rule \"{rule.Name}\"**\n\n{RuleDescriber.Describe(rule)}\n\n");
            text.Append(RuleDescriber.DescribeCitations(rule) is { } citations ? $"Cites: {citations}\n" : "Cites nothing yet: add a `cites` line.\n");
            if (model.GetDirection(rule) is { } direction)
                text.Append($"\nDirection: {DirectionDescriber.DescribeVersion(direction)}\n");
        }
        else if (occurrence is null && model.GetDirection(offset) is { } direction)
        {
            Separate(text);
            text.Append($"**Direction \"{direction.Title}\"**\n\n{DirectionDescriber.Describe(direction)}\n\n{direction.Rules.Length} rule{(direction.Rules.Length == 1 ? string.Empty : "s")}.\n");
        }
        else if (occurrence?.Symbol is DirectionSymbol superseded)
        {
            Separate(text);
            text.Append($"**Direction \"{superseded.Title}\"**\n\n{DirectionDescriber.Describe(superseded)}\n");
            span ??= occurrence.Location.Span;
        }

        if (text.Length == 0)
            return null;
        span ??= model.FindToken(offset)?.Span;
        return new Protocol.Hover(
            new MarkupContent("markdown", text.ToString().TrimEnd()),
            span is { } s ? Conversions.ToRange(document.Text, s) : null);
    }

    private static void Separate(StringBuilder text)
    {
        if (text.Length > 0)
            text.Append("\n---\n\n");
    }
}
