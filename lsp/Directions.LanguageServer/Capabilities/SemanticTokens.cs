using Directions.Compiler;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;
using Directions.Compiler.Text;
using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>
/// textDocument/semanticTokens/full: keywords, strings, numbers and comments from the syntax; terms coloured
/// by what they are (event, record, period, cohort, role, action) from the bound model, so an unknown term
/// stands out; rule names as functions and direction titles as namespaces, with "declaration" where declared.
/// </summary>
public sealed class SemanticTokens(ServerSession session)
{
    private static readonly string[] TokenTypes =
        ["keyword", "string", "number", "comment", "event", "struct", "class", "enum", "interface", "property", "function", "namespace", "type"];

    private static readonly string[] TokenModifiers = ["declaration"];

    /// <summary>The legend announced at initialize.</summary>
    public static SemanticTokensLegend Legend { get; } = new(TokenTypes, TokenModifiers);

    /// <summary>The tokens of a whole document.</summary>
    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.SemanticTokens> FullAsync(SemanticTokensParams parameters, CancellationToken cancellationToken)
    {
        var document = session.GetDocument(parameters.TextDocument.Uri);
        return session.RunAsync("textDocument/semanticTokens/full", cancellationToken, token => new Protocol.SemanticTokens(Encode(document.Text, Classify(document.Model, token))));
    }

    private sealed record Classified(int Start, int Length, int Type, int Modifiers);

    private static List<Classified> Classify(SemanticModel model, CancellationToken cancellationToken)
    {
        var result = new List<Classified>();
        var named = new Dictionary<int, (int End, int Type, bool Declaration)>();
        foreach (var occurrence in model.GetOccurrences())
        {
            var type = occurrence.Symbol switch
            {
                TermSymbol term => TermType(term.Kind),
                RuleSymbol => Type("function"),
                _ => Type("namespace"),
            };
            named[occurrence.Location.Span.Start] = (occurrence.Location.Span.End, type, occurrence.IsDeclaration);
        }

        var skipUntil = 0;
        foreach (var token in model.SyntaxTree.Root.DescendantTokens())
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia).Where(t => t.Kind == SyntaxKind.CommentTrivia))
                result.Add(new Classified(trivia.Position, trivia.Text.TrimEnd('\r', '\n').Length, Type("comment"), 0));
            if (token.Span.Length == 0 || token.Span.Start < skipUntil)
                continue;

            // A name may be a quoted string (its occurrence starts after the quote) or several words.
            var nameStart = token.Kind == SyntaxKind.StringToken ? token.Span.Start + 1 : token.Span.Start;
            if (named.TryGetValue(nameStart, out var name))
            {
                var end = token.Kind == SyntaxKind.StringToken ? token.Span.End : name.End;
                result.Add(new Classified(token.Span.Start, end - token.Span.Start, name.Type, name.Declaration ? 1 : 0));
                skipUntil = end;
                continue;
            }

            var type = token.Kind switch
            {
                _ when token.IsKeyword => Type("keyword"),
                SyntaxKind.FrequencyWordToken => Type("keyword"),
                SyntaxKind.StringToken or SyntaxKind.UnterminatedStringToken => Type("string"),
                SyntaxKind.NumberToken or SyntaxKind.DecimalToken or SyntaxKind.DateToken or SyntaxKind.NumberWordToken => Type("number"),
                SyntaxKind.WordToken when token.Parent is FieldPathSyntax path => path.Parent is TableTermDefinitionSyntax table && table.Table == path && path.Parts.Count > 0 && path.Parts[0] == token ? Type("type") : Type("property"),
                _ => -1,
            };
            if (type >= 0)
                result.Add(new Classified(token.Span.Start, token.Span.Length, type, 0));
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>LSP's relative encoding: line delta, start delta (on the same line), length, type, modifiers. Tokens never cross a line.</summary>
    private static int[] Encode(SourceText text, List<Classified> tokens)
    {
        var data = new List<int>(tokens.Count * 5);
        int previousLine = 0, previousStart = 0, previousEnd = -1;
        foreach (var token in tokens)
        {
            if (token.Start < previousEnd)
                continue;
            var start = text.GetLinePosition(token.Start);
            var line = text.Lines[start.Line];
            var length = Math.Min(token.Length, line.End - token.Start);
            if (length <= 0)
                continue;
            data.Add(start.Line - previousLine);
            data.Add(start.Line == previousLine ? start.Character - previousStart : start.Character);
            data.Add(length);
            data.Add(token.Type);
            data.Add(token.Modifiers);
            previousLine = start.Line;
            previousStart = start.Character;
            previousEnd = token.Start + length;
        }

        return [.. data];
    }

    private static int Type(string name) => Array.IndexOf(TokenTypes, name);

    private static int TermType(TermKind kind) => kind switch
    {
        TermKind.Event => Type("event"),
        TermKind.Record => Type("struct"),
        TermKind.Period or TermKind.Subject => Type("class"),
        TermKind.Cohort => Type("enum"),
        TermKind.Role => Type("interface"),
        _ => Type("property"),
    };
}
