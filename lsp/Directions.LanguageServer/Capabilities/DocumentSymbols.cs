using Directions.Compiler.Syntax;
using Directions.Compiler.Text;
using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>textDocument/documentSymbol: the outline of a file: each direction with its rules, each vocabulary with its terms.</summary>
public sealed class DocumentSymbols(ServerSession session)
{
    /// <summary>LSP SymbolKind numbers used by the outline and workspace symbols.</summary>
    internal const int Module = 2, Namespace = 3, Class = 5, Property = 7, Enum = 10, Interface = 11, Function = 12, Struct = 23, Event = 24;

    /// <summary>The outline of a document.</summary>
    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentSymbol[]> DocumentSymbolAsync(DocumentSymbolParams parameters, CancellationToken cancellationToken)
    {
        var document = session.GetDocument(parameters.TextDocument.Uri);
        return session.RunAsync("textDocument/documentSymbol", cancellationToken, _ => Outline(document.Tree));
    }

    /// <summary>The outline of a syntax tree.</summary>
    public static DocumentSymbol[] Outline(SyntaxTree tree)
    {
        var text = tree.Text;
        var symbols = new List<DocumentSymbol>();
        foreach (var member in tree.Root.Members)
        {
            switch (member)
            {
                case DirectionDeclarationSyntax direction:
                    var rules = direction.Members.OfType<RuleDeclarationSyntax>()
                        .Select(r => Symbol(text, Name(r.Header.Name, "(rule without a name)"), "rule", Function, r.Span, r.Header.Name.Span, null))
                        .ToArray();
                    symbols.Add(Symbol(text, Name(direction.Header.Title, "(direction without a title)"), "direction", Namespace, direction.Span, direction.Header.Title.Span, rules));
                    break;
                case VocabularyDeclarationSyntax vocabulary:
                    var terms = vocabulary.Members.OfType<TermDeclarationSyntax>()
                        .Select(t => Symbol(text, Name(t.Definition.Name, "(term without a name)"), t.Definition.KindKeyword.Text.ToLowerInvariant(), TermKind(t.Definition.KindKeyword.Kind), t.Span, t.Definition.Name.Span, null))
                        .ToArray();
                    symbols.Add(Symbol(text, Name(vocabulary.Header.Title, "(vocabulary without a title)"), "vocabulary", Module, vocabulary.Span, vocabulary.Header.Title.Span, terms));
                    break;
            }
        }

        return [.. symbols];
    }

    /// <summary>The SymbolKind of a term by the keyword that declares it.</summary>
    internal static int TermKind(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.EventKeyword => Event,
        SyntaxKind.RecordKeyword => Struct,
        SyntaxKind.PeriodKeyword or SyntaxKind.SubjectKeyword => Class,
        SyntaxKind.CohortKeyword => Enum,
        SyntaxKind.RoleKeyword => Interface,
        _ => Property,
    };

    private static string Name(SyntaxToken token, string missing) =>
        string.IsNullOrWhiteSpace(token.ValueText) ? missing : token.ValueText;

    private static DocumentSymbol Symbol(SourceText text, string name, string detail, int kind, TextSpan span, TextSpan selection, DocumentSymbol[]? children)
    {
        // The selection must lie inside the range, even for a missing (empty) name.
        if (selection.Start < span.Start || selection.End > span.End)
            selection = new TextSpan(span.Start, 0);
        return new DocumentSymbol(name, detail, kind, Conversions.ToRange(text, span), Conversions.ToRange(text, selection), children);
    }
}
