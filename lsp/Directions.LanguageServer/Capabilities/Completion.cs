using Directions.Compiler.Describing;
using Directions.Compiler.Symbols;
using Directions.Compiler.Text;
using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using Directions.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>
/// textDocument/completion in context, read from the line up to the cursor (which is usually unfinished, so
/// the parse cannot be trusted): at the start of a line, the words that may open it there (header words in a
/// direction's header, clause words and terms in a rule, kinds in a vocabulary) and snippets for a new
/// direction header and a new rule; after `every`, `within`, `max` or a number, units; after `of`, `before`
/// or `when`, the events, records and period boundaries a deadline counts from; after `unless recorded`,
/// records; after `applies to` or `except`, cohorts; after `by`, roles; after a term, what may follow it.
/// A term is inserted as it must be written (in quotes if it holds a keyword) over the words typed so far.
/// </summary>
public sealed class Completion(ServerSession session)
{
    private const int KeywordKind = 14;
    private const int UnitKind = 11;
    private const int SnippetKind = 15;

    private static readonly string[] HeaderWords = ["id", "issued by", "version", "effective from", "source", "supersedes", "service areas"];
    private static readonly string[] ClauseWords = ["cites", "quote", "applies to", "except", "when"];
    private static readonly string[] VocabularyWords = ["event", "record", "period", "subject", "cohort", "role", "action", "also"];
    private static readonly string[] AfterTerm = ["every", "within", "before", "recorded", "unless recorded", "at least", "weekly", "fortnightly", "monthly", "quarterly", "annually"];
    private static readonly string[] PluralUnits = ["days", "working days", "weeks", "months", "years", "hours", "calendar days"];
    private static readonly string[] SingularUnits = ["day", "working day", "week", "month", "year", "hour"];
    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase) { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve" };
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase) { "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours" };

    /// <summary>The completions at a position.</summary>
    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> CompletionAsync(CompletionParams parameters, CancellationToken cancellationToken)
    {
        var document = session.GetDocument(parameters.TextDocument.Uri);
        return session.RunAsync("textDocument/completion", cancellationToken, _ => Complete(document, Conversions.ToOffset(document.Text, parameters.Position)));
    }

    /// <summary>Adds a term item's documentation (what it maps to in the case data), left out of the list to keep it small.</summary>
    [JsonRpcMethod("completionItem/resolve", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionItem> ResolveAsync(CompletionItem item, CancellationToken cancellationToken) =>
        session.RunAsync("completionItem/resolve", cancellationToken, _ =>
        {
            if (item.Data is not { } data || item.Documentation is not null || session.Workspace.GetDocument(data.Uri) is not { } document)
                return item;
            var term = document.Compilation.Vocabulary.Find(data.Term);
            return term is null ? item : item with { Documentation = new MarkupContent("markdown", TermDescriber.Describe(term)) };
        });

    /// <summary>The completions at an offset of a document.</summary>
    public static CompletionList Complete(DocumentSnapshot document, int offset)
    {
        var text = document.Text;
        var line = text.Lines[text.GetLineIndex(offset)];
        var before = text.ToString(line.Start, offset - line.Start);
        var hash = before.IndexOf('#');
        if (hash >= 0 && !InsideQuotes(before, hash))
            return new CompletionList(false, []);
        if (before.Count(c => c == '"') % 2 == 1)
            return new CompletionList(false, []);

        var words = Words(before);
        var partialStart = offset - words.Partial.Length;
        var items = new List<CompletionItem>();
        var vocabulary = document.Compilation.Vocabulary;
        var place = Place(text, line);

        var startsLine = words.Complete.Count == 0
            || (place == LinePlace.Rule && words.Marker is null && words.Complete.All(w => w.Kind == WordKind.Word) && !IsWholeTerm(vocabulary, words));
        if (startsLine)
        {
            // The start of a line (in a rule, the words so far may be the start of a term).
            var termStart = line.Start + (before.Length - before.TrimStart().Length);
            var range = Conversions.ToRange(text, TextSpan.FromBounds(termStart, offset));
            switch (place)
            {
                case LinePlace.Header:
                    items.AddRange(HeaderWords.Select(w => Keyword(w, range)));
                    items.Add(Keyword("rule", range));
                    items.Add(RuleSnippet(Conversions.ToRange(text, TextSpan.FromBounds(line.Start, offset))));
                    break;
                case LinePlace.Rule:
                    items.AddRange(ClauseWords.Select(w => Keyword(w, range)));
                    items.AddRange(Terms(document.Uri, vocabulary, range, TermKind.Event, TermKind.Record, TermKind.Period));
                    items.Add(Keyword("rule", range));
                    items.Add(RuleSnippet(Conversions.ToRange(text, TextSpan.FromBounds(line.Start, offset))));
                    break;
                case LinePlace.Vocabulary:
                    items.AddRange(VocabularyWords.Select(w => Keyword(w, range)));
                    items.AddRange(new[] { "direction", "vocabulary" }.Select(w => Keyword(w, range)));
                    break;
                default:
                    items.AddRange(new[] { "direction", "vocabulary", "rule" }.Select(w => Keyword(w, range)));
                    items.Add(DirectionSnippet(Conversions.ToRange(text, TextSpan.FromBounds(line.Start, offset))));
                    items.Add(RuleSnippet(Conversions.ToRange(text, TextSpan.FromBounds(line.Start, offset))));
                    break;
            }

            return new CompletionList(false, [.. items]);
        }

        var partialRange = Conversions.ToRange(text, TextSpan.FromBounds(partialStart, offset));
        var last = words.Complete[^1].Text.ToLowerInvariant();
        var termRange = Conversions.ToRange(text, TextSpan.FromBounds(words.TermStart is { } start ? line.Start + start : partialStart, offset));
        if (last is "every" || last == "1" || last == "one")
        {
            items.AddRange(SingularUnits.Select(u => Unit(u, partialRange)));
        }
        else if ((int.TryParse(last, out _) || NumberWords.Contains(last)) && words.Complete.Count > 0)
        {
            items.AddRange(PluralUnits.Select(u => Unit(u, partialRange)));
        }
        else if (last is "working" or "calendar")
        {
            items.AddRange(new[] { "days", "day" }.Select(u => Unit(u, partialRange)));
        }
        else if (Units.Contains(last) && words.Complete.Any(w => w.Text.Equals("within", StringComparison.OrdinalIgnoreCase)))
        {
            items.Add(Keyword("of", partialRange));
        }
        else if (words.Marker is "of" or "before" or "when")
        {
            items.AddRange(Terms(document.Uri, vocabulary, termRange, TermKind.Event, TermKind.Record));
            items.AddRange(Boundaries(document.Uri, vocabulary, termRange));
        }
        else if (words.Marker is "recorded")
        {
            items.AddRange(Terms(document.Uri, vocabulary, termRange, TermKind.Record));
        }
        else if (words.Marker is "unless")
        {
            items.Add(Keyword("recorded", partialRange));
        }
        else if (words.Marker is "to" or "except")
        {
            items.AddRange(Terms(document.Uri, vocabulary, termRange, TermKind.Cohort, TermKind.Subject));
        }
        else if (words.Marker is "by")
        {
            items.AddRange(Terms(document.Uri, vocabulary, termRange, TermKind.Role));
        }
        else if (words.Marker is "max" or "within")
        {
            items.AddRange(PluralUnits.Select(u => Unit(u, partialRange)));
        }
        else if (place == LinePlace.Rule)
        {
            items.AddRange(AfterTerm.Select(w => Keyword(w, partialRange)));
            items.AddRange(Terms(document.Uri, vocabulary, partialRange, TermKind.Action));
        }

        return new CompletionList(false, [.. items]);
    }

    private enum LinePlace { TopLevel, Header, Rule, Vocabulary }

    private enum WordKind { Word, Marker }

    private sealed record Word(string Text, int Start, WordKind Kind);

    private sealed record LineWords(List<Word> Complete, string Partial, string? Marker, int? TermStart);

    /// <summary>The words before the cursor, the word being typed, the last keyword that says what comes next, and where the term after it starts.</summary>
    private static LineWords Words(string before)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < before.Length)
        {
            if (char.IsWhiteSpace(before[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (before[i] is ',' or ':')
            {
                words.Add(new Word(before[i].ToString(), start, WordKind.Marker));
                i++;
                continue;
            }

            while (i < before.Length && !char.IsWhiteSpace(before[i]) && before[i] is not (',' or ':'))
                i++;
            var word = before[start..i];
            words.Add(new Word(word, start, IsMarker(word) ? WordKind.Marker : WordKind.Word));
        }

        var partial = string.Empty;
        if (words.Count > 0 && before.Length > 0 && !char.IsWhiteSpace(before[^1]) && words[^1].Text is not ("," or ":"))
        {
            partial = words[^1].Text;
            words.RemoveAt(words.Count - 1);
        }

        var markerIndex = words.FindLastIndex(w => w.Kind == WordKind.Marker);
        var marker = markerIndex >= 0 ? words[markerIndex].Text.ToLowerInvariant() : null;
        int? termStart = markerIndex >= 0 && markerIndex + 1 < words.Count ? words[markerIndex + 1].Start
            : markerIndex >= 0 ? null
            : words.Count > 0 ? words[0].Start : null;
        return new LineWords(words, partial, marker, termStart);
    }

    /// <summary>True when the words so far are a whole term and the word being typed does not make a longer one.</summary>
    private static bool IsWholeTerm(VocabularySymbol vocabulary, LineWords words)
    {
        var typed = string.Join(' ', words.Complete.Select(w => w.Text));
        if (vocabulary.Find(typed) is null)
            return false;
        var longer = VocabularySymbol.Normalize(typed + " " + words.Partial);
        return words.Partial.Length == 0
            ? !vocabulary.Names.Any(n => n.Key.StartsWith(longer + " ", StringComparison.Ordinal))
            : !vocabulary.Names.Any(n => n.Key.StartsWith(longer, StringComparison.Ordinal));
    }

    private static bool IsMarker(string word) => word.ToLowerInvariant() is
        "every" or "within" or "of" or "before" or "unless" or "recorded" or "by" or "to" or "except" or "when" or "max" or "then" or "least" or "applies" or "cites" or "quote";

    /// <summary>
    /// Where a line stands: found from the nearest line above that opens a direction, rule or vocabulary. In a
    /// direction a line written from the first column starts something new; a vocabulary's terms start there.
    /// </summary>
    private static LinePlace Place(SourceText text, TextLine line)
    {
        var index = text.GetLineIndex(line.Start);
        var indented = line.ToString().Length == 0 || char.IsWhiteSpace(line.ToString()[0]);
        for (var i = index - 1; i >= 0; i--)
        {
            var first = text.Lines[i].ToString().TrimStart().Split(' ', 2)[0].ToLowerInvariant();
            switch (first)
            {
                case "rule":
                    return indented ? LinePlace.Rule : LinePlace.TopLevel;
                case "direction":
                    return indented ? LinePlace.Header : LinePlace.TopLevel;
                case "vocabulary":
                    return LinePlace.Vocabulary;
            }
        }

        return LinePlace.TopLevel;
    }

    private static bool InsideQuotes(string text, int index) => text[..index].Count(c => c == '"') % 2 == 1;

    private static CompletionItem Keyword(string word, LspRange range) =>
        new(word, KeywordKind, Detail: "keyword", TextEdit: new TextEdit(range, word), FilterText: word, SortText: "2" + word);

    private static CompletionItem Unit(string unit, LspRange range) =>
        new(unit, UnitKind, Detail: "unit", TextEdit: new TextEdit(range, unit), FilterText: unit, SortText: "1" + unit);

    private static IEnumerable<CompletionItem> Terms(string uri, VocabularySymbol vocabulary, LspRange range, params TermKind[] kinds)
    {
        foreach (var term in vocabulary.Terms.Where(t => kinds.Contains(t.Kind)))
        {
            var data = new CompletionItemData(uri, term.Name);
            foreach (var name in term.Synonyms.Prepend(term.Name))
            {
                var detail = name == term.Name ? $"{Kind(term)} term" : $"{Kind(term)} term, another name for '{term.Name}'";
                yield return new CompletionItem(name, ItemKind(term.Kind), detail,
                    TextEdit: new TextEdit(range, TermNames.AsWritten(name)), FilterText: name, SortText: (name == term.Name ? "0" : "1") + name, Data: data);
            }
        }
    }

    private static IEnumerable<CompletionItem> Boundaries(string uri, VocabularySymbol vocabulary, LspRange range)
    {
        foreach (var term in vocabulary.Terms.Where(t => t.Kind is TermKind.Period or TermKind.Subject))
        {
            foreach (var boundary in new[] { "start", "end" })
            {
                var name = $"{term.Name} {boundary}";
                yield return new CompletionItem(name, ItemKind(term.Kind), $"the day a {Kind(term)} {boundary}s",
                    TextEdit: new TextEdit(range, name), FilterText: name, SortText: "0" + name, Data: new CompletionItemData(uri, term.Name));
            }
        }
    }

    private static string Kind(TermSymbol term) => term.Kind.ToString().ToLowerInvariant();

    /// <summary>LSP's CompletionItemKind for a term: event 23, record (struct) 22, period/subject (class) 7, cohort (enum) 13, role (interface) 8, action (property) 10.</summary>
    private static int ItemKind(TermKind kind) => kind switch
    {
        TermKind.Event => 23,
        TermKind.Record => 22,
        TermKind.Period or TermKind.Subject => 7,
        TermKind.Cohort => 13,
        TermKind.Role => 8,
        _ => 10,
    };

    private static CompletionItem DirectionSnippet(LspRange range) => new(
        "direction (new direction header)", SnippetKind, "snippet", new MarkupContent("markdown", "A new direction with every header line."),
        InsertTextFormat: 2,
        TextEdit: new TextEdit(range, "direction \"${1:Title}\"\n  id \"${2:id}\"\n  issued by \"${3:Council}\"\n  version ${4:1}, effective from ${5:2025-01-01}\n  source \"${6:document}\"\n\n$0"),
        FilterText: "direction", SortText: "3direction");

    private static CompletionItem RuleSnippet(LspRange range) => new(
        "rule (new rule)", SnippetKind, "snippet", new MarkupContent("markdown", "A new rule with its citation, the policy's words and a requirement."),
        InsertTextFormat: 2,
        TextEdit: new TextEdit(range, "rule \"${1:Name}\"\n  cites \"${2:paragraph}\"\n  quote \"${3:the policy's words}\"\n  ${4:CIN visit} every ${5:4 weeks}\n$0"),
        FilterText: "rule", SortText: "3rule");
}
