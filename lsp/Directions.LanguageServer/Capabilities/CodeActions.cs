using System.Text.RegularExpressions;
using Directions.Compiler.Binding;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Syntax;
using Directions.Compiler.Text;
using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using Directions.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>
/// textDocument/codeAction: quick fixes for the diagnostics in the range (take the "Did you mean ...?"
/// suggestion of an unknown term or field, DIR2001/DIR2031; add a citation placeholder to a rule without one,
/// DIR2007) and rewrites of frequency idioms to the plain form ("fortnightly" to "every 2 weeks"; a quick
/// fix for the ambiguous ones, DIR2012).
/// </summary>
public sealed partial class CodeActions(ServerSession session)
{
    /// <summary>The kind of a fix for a diagnostic.</summary>
    public const string QuickFix = "quickfix";

    /// <summary>The kind of a rewrite that keeps the meaning.</summary>
    public const string RewriteKind = "refactor.rewrite";

    /// <summary>The citation a placeholder line gives, for the author to replace.</summary>
    public const string CitationPlaceholder = "paragraph ?";

    /// <summary>The actions for a range of a document.</summary>
    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public Task<CodeAction[]> CodeActionAsync(CodeActionParams parameters, CancellationToken cancellationToken)
    {
        var document = session.GetDocument(parameters.TextDocument.Uri);
        return session.RunAsync("textDocument/codeAction", cancellationToken, _ => Actions(document, Conversions.ToSpan(document.Text, parameters.Range), session.Workspace.UriOf));
    }

    /// <summary>The actions for a span of a document.</summary>
    public static CodeAction[] Actions(DocumentSnapshot document, TextSpan range, Func<string, string> uriOf)
    {
        var actions = new List<CodeAction>();
        var diagnostics = document.Compilation.GetDiagnostics(document.Tree)
            .Where(d => d.Location.Span.OverlapsWith(range) || range.ContainsOrTouches(d.Location.Span.Start) || d.Location.Span.ContainsOrTouches(range.Start));
        foreach (var diagnostic in diagnostics)
        {
            var lsp = DiagnosticsPublisher.ToLsp(diagnostic, uriOf);
            if (diagnostic.Id is "DIR2001" or "DIR2031" && Suggestion().Match(diagnostic.Message) is { Success: true } match)
            {
                var suggestion = match.Groups[1].Value;
                var newText = diagnostic.Id == "DIR2001" ? TermNames.AsWritten(suggestion) : suggestion;
                actions.Add(Edit(document, $"Change to '{suggestion}'", QuickFix, diagnostic.Location.Span, newText, lsp, preferred: true));
            }
            else if (diagnostic.Id == "DIR2007" && document.Model.GetRule(diagnostic.Location.Span.Start) is { } rule)
            {
                var lineEnd = rule.Syntax.Header.LineEnd.Span.End;
                var lineBreak = rule.Syntax.Header.LineEnd.Text.Length > 0 ? string.Empty : "\n";
                actions.Add(Edit(document, "Add a citation placeholder (cites \"" + CitationPlaceholder + "\")", QuickFix,
                    new TextSpan(lineEnd, 0), $"{lineBreak}  cites \"{CitationPlaceholder}\"\n", lsp, preferred: true));
            }
        }

        foreach (var duration in document.Model.GetDurations().Where(d => d.IsIdiom && (d.Syntax.Span.OverlapsWith(range) || d.Syntax.Span.ContainsOrTouches(range.Start))))
        {
            var idiom = (IdiomFrequencySyntax)duration.Syntax;
            var span = TextSpan.FromBounds((idiom.Count ?? idiom.Idiom).Span.Start, idiom.Idiom.Span.End);
            var plain = "every " + Plain(duration.Duration);
            var ambiguous = document.Compilation.GetDiagnostics(document.Tree).FirstOrDefault(d => d.Id == "DIR2012" && d.Location.Span.OverlapsWith(span));
            actions.Add(Edit(document, $"Write '{plain}' instead of '{document.Text.ToString(span)}'", ambiguous is null ? RewriteKind : QuickFix, span, plain,
                ambiguous is null ? null : DiagnosticsPublisher.ToLsp(ambiguous, uriOf), preferred: ambiguous is not null));
        }

        return [.. actions];
    }

    /// <summary>"2 weeks"; "month" rather than "1 month", since "every month" is how the language says it.</summary>
    private static string Plain(Duration duration)
    {
        var text = duration.ToString();
        return duration.Count == 1 ? text["1 ".Length..] : text;
    }

    private static CodeAction Edit(DocumentSnapshot document, string title, string kind, TextSpan span, string newText, LspDiagnostic? diagnostic, bool preferred)
    {
        var edit = new WorkspaceEdit(new Dictionary<string, TextEdit[]>(StringComparer.Ordinal)
        {
            [document.Uri] = [new TextEdit(Conversions.ToRange(document.Text, span), newText)],
        });
        return new CodeAction(title, kind, edit, diagnostic is null ? null : [diagnostic], preferred ? true : null);
    }

    [GeneratedRegex(@"Did you mean '([^']+)'\?")]
    private static partial Regex Suggestion();
}
