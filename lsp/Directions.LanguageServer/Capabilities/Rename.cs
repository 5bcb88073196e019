using Directions.Compiler.Semantics;
using Directions.Compiler.Symbols;
using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>
/// textDocument/prepareRename and textDocument/rename for terms and rules, across the workspace. Renaming a
/// term renames the name under the cursor (its main name or the synonym written there) in the vocabulary and
/// wherever a rule writes it; other synonyms are left alone. Renaming a rule renames it in every version of
/// its direction. A name that would not read back as the same term or rule is refused with a reason.
/// </summary>
public sealed class Rename(ServerSession session)
{
    /// <summary>The range and name a rename at the position would change, or null if nothing there can be renamed.</summary>
    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public Task<PrepareRenameResult?> PrepareRenameAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var document = session.GetDocument(parameters.TextDocument.Uri);
        return session.RunAsync("textDocument/prepareRename", cancellationToken, _ =>
        {
            var occurrence = document.Model.GetOccurrence(Conversions.ToOffset(document.Text, parameters.Position));
            return occurrence is { Symbol: TermSymbol or RuleSymbol }
                ? new PrepareRenameResult(Conversions.ToRange(document.Text, occurrence.Location.Span), occurrence.Name)
                : null;
        });
    }

    /// <summary>The edits of a rename.</summary>
    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit?> RenameAsync(RenameParams parameters, CancellationToken cancellationToken)
    {
        var document = session.GetDocument(parameters.TextDocument.Uri);
        return session.RunAsync<WorkspaceEdit?>("textDocument/rename", cancellationToken, token =>
        {
            var occurrence = document.Model.GetOccurrence(Conversions.ToOffset(document.Text, parameters.Position));
            if (occurrence is not { Symbol: TermSymbol or RuleSymbol })
                throw Refuse("Only a term or a rule can be renamed; put the cursor on its name.");
            var newName = string.Join(' ', (parameters.NewName ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (newName.Length == 0 || newName.IndexOfAny(['"', '\\', '\n', '\r', '\u201C', '\u201D']) >= 0)
                throw Refuse($"'{parameters.NewName}' cannot be a name: write words, without quotes or backslashes.");

            var all = SymbolSearch.FindAll(session.Workspace, document, occurrence.Symbol, token);
            var targets = occurrence.Symbol is TermSymbol
                ? [.. all.Where(o => VocabularySymbol.Normalize(o.Name) == VocabularySymbol.Normalize(occurrence.Name))]
                : all;
            Check(document.Compilation, occurrence, newName, targets);

            var changes = targets
                .GroupBy(o => session.Workspace.UriOf(o.Location.Path), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(o => new TextEdit(Conversions.ToRange(o.Location.Text, o.Location.Span), newName)).ToArray(), StringComparer.Ordinal);
            return new WorkspaceEdit(changes);
        });
    }

    private static void Check(Compiler.DirectionCompilation compilation, SymbolOccurrence occurrence, string newName, IReadOnlyList<SymbolOccurrence> targets)
    {
        if (occurrence.Symbol is TermSymbol term)
        {
            if (compilation.Vocabulary.Find(newName) is { } existing && !ReferenceEquals(existing, term))
                throw Refuse($"'{newName}' is already a name of the term '{existing.Name}'.");
            var unquoted = targets.Any(o => !o.IsDeclaration && o.Location.Text[Math.Max(0, o.Location.Span.Start - 1)] != '"');
            if (unquoted && TermNames.NeedsQuotes(newName))
                throw Refuse($"'{newName}' would need quotes in the rules that write '{occurrence.Name}' as plain words (it holds a keyword or a character words cannot have). Choose words without keywords.");
        }
        else if (occurrence.Symbol is RuleSymbol rule)
        {
            var direction = compilation.Directions.FirstOrDefault(d => d.Rules.Contains(rule));
            if (direction?.Rules.Any(r => !ReferenceEquals(r, rule) && string.Equals(r.Name, newName, StringComparison.OrdinalIgnoreCase)) == true)
                throw Refuse($"There is already a rule called '{newName}' in this direction.");
        }
    }

    private static LocalRpcException Refuse(string message) => new(message) { ErrorCode = -32803 };
}
