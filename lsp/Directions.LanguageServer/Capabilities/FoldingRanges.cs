using Directions.Compiler.Syntax;
using Directions.Compiler.Text;
using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>textDocument/foldingRange: each direction, rule, vocabulary and term with `also` lines, and each block of two or more comment lines.</summary>
public sealed class FoldingRanges(ServerSession session)
{
    /// <summary>The folding ranges of a document.</summary>
    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    public Task<FoldingRange[]> FoldingRangeAsync(FoldingRangeParams parameters, CancellationToken cancellationToken)
    {
        var document = session.GetDocument(parameters.TextDocument.Uri);
        return session.RunAsync("textDocument/foldingRange", cancellationToken, _ => Ranges(document.Tree));
    }

    /// <summary>The folding ranges of a syntax tree, in order of their first line.</summary>
    public static FoldingRange[] Ranges(SyntaxTree tree)
    {
        var text = tree.Text;
        var ranges = new List<FoldingRange>();
        foreach (var node in tree.Root.Members)
        {
            switch (node)
            {
                case DirectionDeclarationSyntax direction:
                    Add(ranges, text, direction.Span, null);
                    foreach (var rule in direction.Members.OfType<RuleDeclarationSyntax>())
                        Add(ranges, text, rule.Span, null);
                    break;
                case VocabularyDeclarationSyntax vocabulary:
                    Add(ranges, text, vocabulary.Span, null);
                    foreach (var term in vocabulary.Members.OfType<TermDeclarationSyntax>().Where(t => !t.AlsoLines.IsEmpty))
                        Add(ranges, text, term.Span, null);
                    break;
            }
        }

        int? blockStart = null;
        for (var i = 0; i <= text.Lines.Length; i++)
        {
            var isComment = i < text.Lines.Length && text.Lines[i].ToString().TrimStart().StartsWith('#');
            if (isComment)
            {
                blockStart ??= i;
            }
            else if (blockStart is { } start)
            {
                if (i - 1 > start)
                    ranges.Add(new FoldingRange(start, i - 1, "comment"));
                blockStart = null;
            }
        }

        return [.. ranges.OrderBy(r => r.StartLine).ThenByDescending(r => r.EndLine)];
    }

    private static void Add(List<FoldingRange> ranges, SourceText text, TextSpan span, string? kind)
    {
        var start = text.GetLinePosition(span.Start).Line;
        var end = text.GetLinePosition(span.End).Line;
        // A span that ends with its line break ends at the start of the next line.
        if (end > start && text.GetLinePosition(span.End).Character == 0)
            end--;
        if (end > start)
            ranges.Add(new FoldingRange(start, end, kind));
    }
}
