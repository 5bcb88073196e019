using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Antlr4.Runtime.Tree;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Syntax.Generated;
using Directions.Compiler.Text;
using P = Directions.Compiler.Syntax.Generated.DirectionsParser;

namespace Directions.Compiler.Syntax;

/// <summary>
/// The only place that touches ANTLR. It lexes a source text, splits the tokens into lines,
/// parses each line on its own with the generated parser, and translates the parse trees into
/// our syntax tree: every character of the input ends up in exactly one token or piece of trivia,
/// lines that cannot be parsed keep their tokens, and ANTLR's error wording is replaced by
/// plain-English diagnostics.
/// </summary>
internal sealed class ParseTreeTranslator
{
    private readonly SourceText _text;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly IList<IToken> _allTokens;
    private readonly Dictionary<int, SyntaxToken> _syntaxTokens = [];
    private readonly Dictionary<SyntaxToken, int> _tokenTypes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LineSyntax, LineGrouper.ContextualReading> _readings = new(ReferenceEqualityComparer.Instance);
    private List<SyntaxToken> _lineTokens = [];

    private ParseTreeTranslator(SourceText text)
    {
        _text = text;
        var lexer = new DirectionsLexer(new AntlrInputStream(text.ToString()));
        lexer.RemoveErrorListeners();
        var stream = new CommonTokenStream(lexer);
        stream.Fill();
        _allTokens = stream.GetTokens();
    }

    /// <summary>Parses a source text into a compilation unit and its syntax diagnostics.</summary>
    public static (CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics) Translate(SourceText text)
    {
        var translator = new ParseTreeTranslator(text);
        var root = translator.TranslateFile();
        return (root, translator._diagnostics.ToImmutableSorted());
    }

    // ------------------------------------------------------------------ tokens and trivia

    private static bool IsTrivia(IToken token) => token.Channel != TokenConstants.DefaultChannel;

    private CompilationUnitSyntax TranslateFile()
    {
        var lines = SplitIntoLines(out var eofIndex);
        CreateSyntaxTokens(lines, eofIndex);

        var parsedLines = new List<LineSyntax>();
        var parser = new P(new CommonTokenStream(new ListTokenSource(new List<IToken>())));
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = Antlr4.Runtime.Atn.PredictionMode.LL;
        foreach (var line in lines)
            parsedLines.Add(ParseLine(parser, line));

        return new LineGrouper(_text, _diagnostics, _readings).Group(parsedLines, _syntaxTokens[eofIndex]);
    }

    /// <summary>A line: the indexes of its content tokens, and of the NEWLINE that ends it (-1 at the end of the file).</summary>
    private sealed record TokenLine(List<int> Content, int NewLine);

    private List<TokenLine> SplitIntoLines(out int eofIndex)
    {
        var lines = new List<TokenLine>();
        var content = new List<int>();
        eofIndex = _allTokens.Count - 1;
        for (var i = 0; i < _allTokens.Count; i++)
        {
            var token = _allTokens[i];
            if (token.Type == TokenConstants.EOF)
            {
                eofIndex = i;
                break;
            }

            if (IsTrivia(token))
                continue;
            if (token.Type == P.NEWLINE)
            {
                if (content.Count > 0)
                    lines.Add(new TokenLine(content, i));
                content = [];
                continue;
            }

            content.Add(i);
        }

        if (content.Count > 0)
            lines.Add(new TokenLine(content, -1));
        return lines;
    }

    /// <summary>
    /// Makes a SyntaxToken for every token that stands in the tree (line contents, line-ending
    /// NEWLINEs, end of file). Everything else (spaces, comments, blank lines) becomes trivia:
    /// trailing when it follows a content token on the same line, leading otherwise.
    /// </summary>
    private void CreateSyntaxTokens(List<TokenLine> lines, int eofIndex)
    {
        var real = new SortedSet<int> { eofIndex };
        foreach (var line in lines)
        {
            real.UnionWith(line.Content);
            if (line.NewLine >= 0)
                real.Add(line.NewLine);
        }

        var next = 0;
        foreach (var index in real)
        {
            var leading = ImmutableArray.CreateBuilder<SyntaxTrivia>();
            for (; next < index; next++)
                leading.Add(ToTrivia(_allTokens[next]));

            var token = _allTokens[index];
            var trailing = ImmutableArray.CreateBuilder<SyntaxTrivia>();
            var isNewLine = token.Type == P.NEWLINE || token.Type == TokenConstants.EOF;
            next = index + 1;
            if (!isNewLine)
            {
                for (; next < _allTokens.Count && IsTrivia(_allTokens[next]); next++)
                    trailing.Add(ToTrivia(_allTokens[next]));
            }

            var text = token.Type == TokenConstants.EOF ? string.Empty : token.Text;
            var syntaxToken = new SyntaxToken(KindOf(token.Type), token.StartIndex, text, leading.ToImmutable(), trailing.ToImmutable());
            _syntaxTokens[index] = syntaxToken;
            _tokenTypes[syntaxToken] = token.Type;
        }
    }

    private static SyntaxTrivia ToTrivia(IToken token)
    {
        var kind = token.Type switch
        {
            P.COMMENT => SyntaxKind.CommentTrivia,
            P.NEWLINE => SyntaxKind.EndOfLineTrivia,
            _ => SyntaxKind.WhitespaceTrivia,
        };
        return new SyntaxTrivia(kind, token.StartIndex, token.Text);
    }

    private static readonly Dictionary<int, SyntaxKind> TokenKinds = BuildTokenKinds();

    private static Dictionary<int, SyntaxKind> BuildTokenKinds()
    {
        var kinds = new Dictionary<int, SyntaxKind>
        {
            [TokenConstants.EOF] = SyntaxKind.EndOfFileToken,
            [P.NEWLINE] = SyntaxKind.NewLineToken,
            [P.STRING] = SyntaxKind.StringToken,
            [P.UNTERMINATED_STRING] = SyntaxKind.UnterminatedStringToken,
            [P.NUMBER] = SyntaxKind.NumberToken,
            [P.DECIMAL] = SyntaxKind.DecimalToken,
            [P.DATE] = SyntaxKind.DateToken,
            [P.NUMBER_WORD] = SyntaxKind.NumberWordToken,
            [P.FREQUENCY_WORD] = SyntaxKind.FrequencyWordToken,
            [P.WORD] = SyntaxKind.WordToken,
            [P.COMMA] = SyntaxKind.CommaToken,
            [P.COLON] = SyntaxKind.ColonToken,
            [P.DOT] = SyntaxKind.DotToken,
            [P.UNEXPECTED_CHARACTER] = SyntaxKind.BadCharacterToken,
            [P.MALFORMED_DATE] = SyntaxKind.MalformedDateToken,
        };

        // Keywords map by name: DIRECTION -> DirectionKeyword.
        var vocabulary = DirectionsLexer.DefaultVocabulary;
        for (var type = 1; type <= P.UNEXPECTED_CHARACTER; type++)
        {
            var name = vocabulary.GetSymbolicName(type);
            if (name is null || kinds.ContainsKey(type))
                continue;
            var pascal = char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant() + "Keyword";
            if (Enum.TryParse<SyntaxKind>(pascal, out var kind))
                kinds[type] = kind;
        }

        return kinds;
    }

    private static SyntaxKind KindOf(int tokenType) =>
        TokenKinds.TryGetValue(tokenType, out var kind) ? kind : SyntaxKind.BadCharacterToken;

    // ------------------------------------------------------------------ one line

    /// <summary>The entry rule a line is parsed with: any line, or the kind of line its first word announces.</summary>
    private enum LineKind
    {
        Any,
        Header,
        TermDeclaration,
        Also,
    }

    /// <summary>A diagnostic not reported yet: a line's mistake, with its place and the values for its message.</summary>
    private sealed record PendingError(DiagnosticDescriptor Descriptor, TextSpan Span, object?[] Arguments);

    private LineSyntax ParseLine(P parser, TokenLine line)
    {
        _lineTokens = line.Content.Select(i => _syntaxTokens[i]).ToList();
        var lineEnd = line.NewLine >= 0 ? _syntaxTokens[line.NewLine] : EmptyLineEnd(line);

        // Lexical problems first: the parser's view of a broken token only confuses.
        foreach (var index in line.Content)
        {
            var token = _allTokens[index];
            if (token.Type == P.UNEXPECTED_CHARACTER)
                return Erroneous(new PendingError(SyntaxDiagnostics.BadCharacter, _syntaxTokens[index].Span, [token.Text]), lineEnd);
            if (token.Type == P.UNTERMINATED_STRING)
                return Erroneous(new PendingError(SyntaxDiagnostics.UnterminatedString, _syntaxTokens[index].Span, []), lineEnd);
        }

        var kind = KindOfLine(_allTokens[line.Content[0]].Type);
        var (parsed, error) = ParseAs(parser, line, kind, lineEnd);
        if (parsed is not null)
            return parsed;

        if (kind != LineKind.Any)
        {
            // Header keywords, term kinds and 'also' may also start a term, so 'id bristol' or
            // 'issued by Bristol' also reads as a requirement or role line. Inside a rule it may be
            // one; anywhere else the grouper reports the mistake in the line its first word announces.
            var (general, generalError) = ParseAs(parser, line, LineKind.Any, lineEnd);
            var elsewhere = new ErroneousLineSyntax([.. _lineTokens], null, lineEnd);
            if (general is ClauseLineSyntax clause)
            {
                _readings[clause] = new LineGrouper.ContextualReading(clause, null, elsewhere, ToDiagnostic(error!));
                return clause;
            }

            // 'record keeping audit every' in a rule is a requirement with its number missing: when
            // the requirement reading gets further than the term declaration, a rule gets its message.
            if (kind == LineKind.TermDeclaration && generalError!.Span.Start > error!.Span.Start)
            {
                var inARule = new ErroneousLineSyntax([.. _lineTokens], null, lineEnd);
                _readings[inARule] = new LineGrouper.ContextualReading(inARule, ToDiagnostic(generalError), elsewhere, ToDiagnostic(error));
                return inARule;
            }
        }

        return Erroneous(error!, lineEnd);
    }

    private Diagnostic ToDiagnostic(PendingError error) =>
        Diagnostic.Create(error.Descriptor, new TextLocation(_text, error.Span), error.Arguments);

    private static LineKind KindOfLine(int firstTokenType) => firstTokenType switch
    {
        P.ID or P.ISSUED or P.VERSION or P.EFFECTIVE or P.SOURCE or P.SUPERSEDES or P.SERVICE => LineKind.Header,
        P.EVENT or P.RECORD or P.PERIOD or P.SUBJECT or P.COHORT or P.ROLE or P.ACTION => LineKind.TermDeclaration,
        P.ALSO => LineKind.Also,
        _ => LineKind.Any,
    };

    /// <summary>Parses the current line with the entry rule for <paramref name="kind"/>: the line, or the mistake that stops it.</summary>
    private (LineSyntax? Line, PendingError? Error) ParseAs(P parser, TokenLine line, LineKind kind, SyntaxToken lineEnd)
    {
        // Copies, so that the per-line stream can number them 0..n without touching the originals.
        var copies = new List<IToken>(line.Content.Count + 1);
        foreach (var index in line.Content)
            copies.Add(new CommonToken(_allTokens[index]));
        var last = _allTokens[line.Content[^1]];
        var eof = new CommonToken(TokenConstants.EOF, "<EOF>") { StartIndex = last.StopIndex + 1, StopIndex = last.StopIndex };
        copies.Add(eof);

        var errors = new FirstErrorListener();
        parser.TokenStream = new CommonTokenStream(new ListTokenSource(copies));
        parser.Reset();
        parser.AddErrorListener(errors);
        ParserRuleContext tree;
        try
        {
            tree = kind switch
            {
                LineKind.Header => parser.headerOnly(),
                LineKind.TermDeclaration => parser.termDeclarationOnly(),
                LineKind.Also => parser.alsoOnly(),
                _ => parser.singleLine(),
            };
        }
        finally
        {
            parser.RemoveErrorListeners();
        }

        if (errors.Error is { } error)
            return (null, DescribeSyntaxError(error));
        if (BarePluralUnit(tree) is { } plural)
            return (null, plural);

        return (tree switch
        {
            P.SingleLineContext c => TranslateLineContent(c.lineContent(), OptionalToken(c.DOT()), lineEnd),
            P.HeaderOnlyContext c => HeaderLine(c.headerItems(), OptionalToken(c.DOT()), lineEnd),
            P.TermDeclarationOnlyContext c => TermDefinition(c.termDeclaration(), OptionalToken(c.DOT()), lineEnd),
            P.AlsoOnlyContext c => AlsoLine(c.alsoNames(), OptionalToken(c.DOT()), lineEnd),
            _ => throw new InvalidOperationException($"Unknown entry rule {tree.GetType().Name}."),
        }, null);
    }

    /// <summary>
    /// The zero-width line end of a last line with no line break: after the line's last token and
    /// its trailing trivia (a comment, spaces), so positions keep increasing and full spans meet.
    /// </summary>
    private SyntaxToken EmptyLineEnd(TokenLine line)
    {
        var end = _syntaxTokens[line.Content[^1]].FullSpan.End;
        return new SyntaxToken(SyntaxKind.NewLineToken, end, string.Empty, [], []);
    }

    private ErroneousLineSyntax Erroneous(PendingError error, SyntaxToken lineEnd)
    {
        _diagnostics.Report(error.Descriptor, new TextLocation(_text, error.Span), error.Arguments);
        return new ErroneousLineSyntax([.. _lineTokens], null, lineEnd);
    }

    private SyntaxToken Token(ITerminalNode node) => _lineTokens[node.Symbol.TokenIndex];

    private SyntaxToken? OptionalToken(ITerminalNode? node) => node is null ? null : Token(node);

    /// <summary>
    /// 'every week' and 'every month' mean one, but a plural unit with no number ('every weeks',
    /// 'within months of referral') is a number forgotten: the binder never sees such a duration.
    /// </summary>
    private PendingError? BarePluralUnit(IParseTree tree)
    {
        foreach (var duration in Descendants<P.DurationContext>(tree))
        {
            if (duration.count() is not null || duration.unit() is not { } unit)
                continue;
            var tokens = unit.children.Cast<ITerminalNode>().Select(Token).ToList();
            if (!tokens[^1].Text.EndsWith('s') && !tokens[^1].Text.EndsWith('S'))
                continue;

            var index = _lineTokens.IndexOf(tokens[0]);
            var keywordType = index > 0 ? TypeOf(_lineTokens[index - 1]) : 0;
            var after = keywordType == P.LEAST && index > 1 && TypeOf(_lineTokens[index - 2]) == P.AT
                ? TextBetween(index - 2, index)
                : index > 0 ? _lineTokens[index - 1].Text : string.Empty;
            var span = TextSpan.FromBounds(tokens[0].Span.Start, tokens[^1].Span.End);
            return new PendingError(SyntaxDiagnostics.ExpectedNumber, span, ["a number", after, NumberExample(keywordType), string.Empty]);
        }

        return null;
    }

    private static IEnumerable<T> Descendants<T>(IParseTree tree)
        where T : IParseTree
    {
        if (tree is T match)
            yield return match;
        for (var i = 0; i < tree.ChildCount; i++)
        {
            foreach (var descendant in Descendants<T>(tree.GetChild(i)))
                yield return descendant;
        }
    }

    // ------------------------------------------------------------------ plain-English syntax errors

    private sealed record SyntaxError(IToken Offending, IntervalSet Expected);

    /// <summary>Keeps the first error of a line: what follows it is noise.</summary>
    private sealed class FirstErrorListener : IAntlrErrorListener<IToken>
    {
        public SyntaxError? Error { get; private set; }

        public void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e)
        {
            if (Error is not null)
                return;
            IntervalSet expected;
            try
            {
                expected = e?.GetExpectedTokens() ?? ((Parser)recognizer).GetExpectedTokens();
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NullReferenceException)
            {
                expected = new IntervalSet();
            }

            Error = new SyntaxError(offendingSymbol, expected);
        }
    }

    private static bool IsTermKind(int type) => type is P.EVENT or P.RECORD or P.PERIOD or P.SUBJECT or P.COHORT or P.ROLE or P.ACTION;

    private PendingError DescribeSyntaxError(SyntaxError error)
    {
        var atEnd = error.Offending.Type == TokenConstants.EOF;
        var index = atEnd ? _lineTokens.Count : error.Offending.TokenIndex;
        var offending = atEnd ? null : _lineTokens[index];
        var previous = index > 0 ? _lineTokens[index - 1] : null;
        var span = offending?.Span ?? (previous is null ? new TextSpan(_lineTokens[0].Span.Start, 0) : new TextSpan(previous.Span.End, 0));
        var expected = error.Expected;
        var after = previous?.Text ?? string.Empty;
        var previousType = previous is null ? 0 : TypeOf(previous);
        var firstType = TypeOf(_lineTokens[0]);
        var offendingType = offending is null ? 0 : TypeOf(offending);

        PendingError Error(DiagnosticDescriptor descriptor, TextSpan at, params object?[] arguments) => new(descriptor, at, arguments);

        if (offendingType == P.MALFORMED_DATE && previous is not null)
            return Error(SyntaxDiagnostics.ExpectedDate, offending!.Span, after);
        if (previousType == P.VERSION && expected.Contains(P.NUMBER))
            return Error(SyntaxDiagnostics.ExpectedNumber, span, "a number", after, "version 2021.1", string.Empty);
        if (expected.Contains(P.NUMBER) && previousType is P.EVERY or P.WITHIN or P.MAX)
        {
            return offendingType == P.DECIMAL
                ? Error(SyntaxDiagnostics.ExpectedNumber, span, "a whole number", after, NumberExample(previousType), PartOfAUnitHint(index, after))
                : Error(SyntaxDiagnostics.ExpectedNumber, span, "a number", after, NumberExample(previousType), string.Empty);
        }

        if (expected.Contains(P.STRING) && !expected.Contains(P.WORD) && !expected.Contains(P.YES) && previous is not null)
        {
            var runEnd = offending is null ? index : WordRunEnd(index);
            var at = offending is null ? span : TextSpan.FromBounds(offending.Span.Start, _lineTokens[runEnd - 1].Span.End);
            return Error(SyntaxDiagnostics.ExpectedQuotedText, at, LeadingWords(index), QuotedExample(index, runEnd));
        }

        if (expected.Contains(P.DATE) && previous is not null)
            return Error(SyntaxDiagnostics.ExpectedDate, span, after);
        if (expected.Contains(P.COLON) && previous is not null && firstType is P.EXCEPT or P.WHEN)
            return ColonError(index, span);

        if (expected.Contains(P.WORD) && !expected.Contains(P.EVERY) && previousType is P.UNLESS or P.OF or P.BEFORE or P.TO or P.BY or P.EXCEPT or P.WHEN or P.RECORDED
            && !IsTermKind(firstType))
            return Error(SyntaxDiagnostics.ExpectedTerm, span, after, TermExample(previousType));
        if (offending is not null && previous is not null && expected.Contains(P.EVERY) && expected.Contains(P.WITHIN))
            return Error(SyntaxDiagnostics.ExpectedTiming, offending.Span, offending.Text, TextBetween(0, index));
        if (offending is not null && previousType is P.NUMBER or P.NUMBER_WORD && expected.Contains(P.FREQUENCY_WORD) && index >= 2)
        {
            // "CIN visit each 4 weeks": the words before the number were read as the term.
            var both = TextSpan.FromBounds(previous!.Span.Start, offending.Span.End);
            return Error(SyntaxDiagnostics.ExpectedTiming, both, TextBetween(index - 1, index + 1), TextBetween(0, index - 1));
        }

        var found = offending is null ? "The line ends too soon" : $"I did not expect '{offending.Text}' here";
        var where = previous is null ? string.Empty : $" after '{after}'";
        var wanted = DescribeExpected(expected, previousType, firstType);
        var message = wanted.Length == 0 ? $"{found}{where}." : $"{found}{where}. I expected {wanted}.";
        return Error(SyntaxDiagnostics.UnexpectedText, span, message);
    }

    /// <summary>
    /// The colon after an except or when clause's term is missing. In 'when CP plan ends CIN review
    /// within 3 months' the trigger and the requirement's term run together; the trigger most likely
    /// ends at 'ends' or 'starts', so the colon is asked for there.
    /// </summary>
    private PendingError ColonError(int index, TextSpan span)
    {
        if (TypeOf(_lineTokens[0]) == P.EXCEPT)
        {
            var cohort = TextBetween(1, index);
            return new PendingError(SyntaxDiagnostics.ExpectedColon, span, [cohort, $"except {cohort}: max 8 weeks"]);
        }

        for (var end = index - 2; end >= 2 && index < _lineTokens.Count; end--)
        {
            if (!EndsATrigger(_lineTokens[end]))
                continue;
            var trigger = TextBetween(1, end + 1);
            var rest = TextBetween(end + 1, _lineTokens.Count - (TypeOf(_lineTokens[^1]) == P.DOT ? 1 : 0));
            return new PendingError(SyntaxDiagnostics.ExpectedColon, _lineTokens[end + 1].Span, [trigger, $"when {trigger}: {rest}"]);
        }

        var term = TextBetween(1, index);
        return new PendingError(SyntaxDiagnostics.ExpectedColon, span, [term, $"when {term}: CIN review within 3 months"]);
    }

    private bool EndsATrigger(SyntaxToken token) =>
        TypeOf(token) is P.ENDS or P.STARTS
        || (TypeOf(token) == P.WORD && token.Text.ToLowerInvariant() is "end" or "start" or "ended" or "started");

    private int TypeOf(SyntaxToken token) => _tokenTypes[token];

    /// <summary>The source text from token <paramref name="from"/> up to (not including) token <paramref name="to"/>, as written.</summary>
    private string TextBetween(int from, int to)
    {
        to = Math.Min(to, _lineTokens.Count);
        if (to <= from)
            return string.Empty;
        return _text.ToString(TextSpan.FromBounds(_lineTokens[from].Span.Start, _lineTokens[to - 1].Span.End));
    }

    /// <summary>
    /// Where the words that should have been quoted end: before a comma, before 'means' in a term
    /// declaration, before 'version' after 'supersedes', or at the end of the line.
    /// </summary>
    private int WordRunEnd(int index)
    {
        var firstType = TypeOf(_lineTokens[0]);
        var end = index + 1;
        while (end < _lineTokens.Count && !StopsWordRun(end, firstType))
            end++;
        return end;
    }

    private bool StopsWordRun(int index, int firstType) => TypeOf(_lineTokens[index]) switch
    {
        P.COMMA => true,
        P.DOT => index == _lineTokens.Count - 1,
        P.MEANS => IsTermKind(firstType),
        P.VERSION => firstType == P.SUPERSEDES,
        _ => false,
    };

    private string LeadingWords(int index) => TextBetween(0, index);

    /// <summary>The line with the words from <paramref name="index"/> to <paramref name="runEnd"/> in quotes.</summary>
    private string QuotedExample(int index, int runEnd)
    {
        var lead = LeadingWords(index);
        var sample = TextBetween(index, runEnd).Trim('"', '\u201C', '\u201D');
        var rest = runEnd < _lineTokens.Count && TypeOf(_lineTokens[runEnd]) is not (P.COMMA or P.DOT)
            ? " " + TextBetween(runEnd, _lineTokens.Count)
            : string.Empty;
        return $"{lead} \"{(sample.Length == 0 ? "..." : sample)}\"{rest}";
    }

    /// <summary>For '4.5 weeks': how to say part of a unit with a whole number.</summary>
    private string PartOfAUnitHint(int index, string keyword)
    {
        var unit = index + 1 < _lineTokens.Count ? TypeOf(_lineTokens[index + 1]) : 0;
        if (unit is P.WORKING or P.CALENDAR && index + 2 < _lineTokens.Count)
            unit = TypeOf(_lineTokens[index + 2]);
        return unit switch
        {
            P.HOURS => string.Empty,
            P.DAYS => $" For part of a day, use hours, as in '{keyword} 36 hours'.",
            _ => $" For part of a week or a month, use days, as in '{keyword} 31 days'.",
        };
    }

    private static string NumberExample(int keyword) => keyword switch
    {
        P.EVERY => "every 4 weeks",
        P.WITHIN => "within 20 working days of referral",
        P.LEAST => "at least 12 months",
        _ => "max 6 weeks",
    };

    private static string TermExample(int keyword) => keyword switch
    {
        P.UNLESS or P.RECORDED => "unless recorded rationale",
        P.OF => "within 12 weeks of involvement start",
        P.BEFORE => "before CIN plan start",
        P.TO => "applies to long-term DCSS",
        P.BY => "chaired by qualified social worker",
        P.EXCEPT => "except long-term DCSS: max 8 weeks",
        _ => "when CP plan ends: CIN plan by the same day",
    };

    /// <summary>What a word stands for where the parser wants one: a term in a direction, a table or field in a vocabulary.</summary>
    private static string DescribeWord(int previousType, int firstType)
    {
        if (!IsTermKind(firstType))
            return "a term such as 'CIN visit'";
        return previousType switch
        {
            P.MEANS when firstType is P.COHORT or P.ROLE => "a field of the case data, such as 'disabled'",
            P.MEANS when firstType is P.ACTION => "a field of the case data, such as 'chair'",
            P.MEANS => "a table or field of the case data, such as 'visits'",
            P.DATED => "a date field of the case data, such as 'start'",
            _ => "a field of the case data, such as 'kind'",
        };
    }

    /// <summary>Names what the parser would have accepted, in words, most useful first.</summary>
    private static string DescribeExpected(IntervalSet expected, int previousType, int firstType)
    {
        // After 'is' in a condition: a value.
        if (expected.Contains(P.YES) && expected.Contains(P.STRING) && !expected.Contains(P.WORD))
            return "a text in double quotes, a number, yes or no";

        var words = new List<string>();
        void AddIf(bool condition, string text)
        {
            if (condition && !words.Contains(text))
                words.Add(text);
        }

        // Where a field name may be written, keywords that may name a field ('days', 'within') are field names, not units.
        var fieldName = IsTermKind(firstType) && expected.Contains(P.WORD);
        AddIf(expected.Contains(P.NUMBER) || expected.Contains(P.NUMBER_WORD), "a number");
        AddIf(!fieldName && (expected.Contains(P.WEEKS) || expected.Contains(P.DAYS)), "a unit such as weeks or working days");
        AddIf(expected.Contains(P.STRING), "a text in double quotes");
        AddIf(expected.Contains(P.DATE), "a date such as 2021-09-01");
        AddIf(!fieldName && expected.Contains(P.EVERY), "'every'");
        AddIf(expected.Contains(P.FREQUENCY_WORD), "a frequency such as 'fortnightly' or '4-weekly'");
        AddIf(!fieldName && expected.Contains(P.WITHIN), "'within'");
        AddIf(expected.Contains(P.WORD), DescribeWord(previousType, firstType));
        AddIf(!expected.Contains(P.WORD) && expected.Contains(P.ID) && expected.Contains(P.VERSION) && expected.Contains(P.EFFECTIVE), "a header item such as 'version 2' or 'effective from 2021-09-01'");
        AddIf(expected.Contains(P.COLON), "a colon");
        AddIf(expected.Contains(P.COMMA), "a comma");

        // A keyword's partner: 'from' after 'effective', 'by' after 'issued', 'means' after a term's name.
        if (words.Count == 0)
        {
            var keywords = expected.ToList()
                .Select(type => DirectionsLexer.DefaultVocabulary.GetLiteralName(type))
                .Where(name => name is not null && char.IsLetter(name.Trim('\'')[0]))
                .ToList();
            if (keywords.Count is > 0 and <= 3)
                words.AddRange(keywords!);
        }

        AddIf(expected.Contains(TokenConstants.EOF), "the end of the line");
        if (words.Count == 0)
            return string.Empty;
        if (words.Count == 1)
            return words[0];
        return string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];
    }

    // ------------------------------------------------------------------ translating a parsed line

    private LineSyntax TranslateLineContent(P.LineContentContext content, SyntaxToken? fullStop, SyntaxToken lineEnd) => content switch
    {
        P.DirectionLineContext c => new DirectionLineSyntax(Token(c.DIRECTION()), Token(c.STRING()), fullStop, lineEnd),
        P.VocabularyLineContext c => new VocabularyLineSyntax(Token(c.VOCABULARY()), Token(c.STRING()), fullStop, lineEnd),
        P.RuleLineContext c => new RuleLineSyntax(Token(c.RULE()), Token(c.STRING()), fullStop, lineEnd),
        P.HeaderLineContext c => HeaderLine(c.headerItems(), fullStop, lineEnd),
        P.AlsoLineContext c => AlsoLine(c.alsoNames(), fullStop, lineEnd),
        P.TermDeclarationLineContext c => TermDefinition(c.termDeclaration(), fullStop, lineEnd),
        P.ClauseLineContext c => new ClauseLineSyntax(Clause(c.clause()), fullStop, lineEnd),
        _ => throw new InvalidOperationException($"Unknown line kind {content.GetType().Name}."),
    };

    private HeaderLineSyntax HeaderLine(P.HeaderItemsContext items, SyntaxToken? fullStop, SyntaxToken lineEnd) =>
        new(Separated<HeaderItemSyntax>(items.children, child => HeaderItem((P.HeaderItemContext)child)), fullStop, lineEnd);

    private AlsoLineSyntax AlsoLine(P.AlsoNamesContext names, SyntaxToken? fullStop, SyntaxToken lineEnd) =>
        new(Token(names.ALSO()), SeparatedTokens(names.children.Skip(1)), fullStop, lineEnd);

    private SeparatedSyntaxList<T> Separated<T>(IEnumerable<IParseTree> children, Func<IParseTree, T> item)
        where T : SyntaxNode
    {
        var nodes = ImmutableArray.CreateBuilder<SyntaxNode>();
        foreach (var child in children)
        {
            if (child is ITerminalNode { Symbol.Type: P.COMMA } comma)
                nodes.Add(Token(comma));
            else
                nodes.Add(item(child));
        }

        return new SeparatedSyntaxList<T>(nodes.ToImmutable());
    }

    private SeparatedSyntaxList<SyntaxToken> SeparatedTokens(IEnumerable<IParseTree> children) =>
        new([.. children.Select(child => (SyntaxNode)Token((ITerminalNode)child))]);

    private HeaderItemSyntax HeaderItem(P.HeaderItemContext item) => item switch
    {
        P.IdItemContext c => new IdHeaderItemSyntax(Token(c.ID()), Token(c.STRING())),
        P.IssuedByItemContext c => new IssuedByHeaderItemSyntax(Token(c.ISSUED()), Token(c.BY()), Token(c.STRING())),
        P.VersionItemContext c => new VersionHeaderItemSyntax(Token(c.VERSION()), VersionValue(c.versionValue())),
        P.EffectiveItemContext c => new EffectiveHeaderItemSyntax(
            Token(c.EFFECTIVE()), Token(c.FROM()), Token(c.DATE(0)), OptionalToken(c.UNTIL()), c.DATE().Length > 1 ? Token(c.DATE(1)) : null),
        P.SourceItemContext c => new SourceHeaderItemSyntax(Token(c.SOURCE()), Token(c.STRING())),
        P.SupersedesItemContext c => new SupersedesHeaderItemSyntax(Token(c.SUPERSEDES()), Token(c.STRING()), Token(c.VERSION()), VersionValue(c.versionValue())),
        P.ServiceAreasItemContext c => new ServiceAreasHeaderItemSyntax(Token(c.SERVICE()), Token(c.AREAS()), SeparatedTokens(c.children.Skip(2))),
        _ => throw new InvalidOperationException($"Unknown header item {item.GetType().Name}."),
    };

    private SyntaxToken VersionValue(P.VersionValueContext value) => Token((ITerminalNode)value.GetChild(0));

    private ClauseSyntax Clause(P.ClauseContext clause) => clause switch
    {
        P.CitesClauseContext c => new CitesClauseSyntax(Token(c.CITES()), SeparatedTokens(c.children.Skip(1))),
        P.QuoteClauseContext c => new QuoteClauseSyntax(Token(c.QUOTE()), Token(c.STRING())),
        P.AppliesClauseContext c => new AppliesToClauseSyntax(Token(c.APPLIES()), Token(c.TO()), Separated(c.children.Skip(2), child => Term((P.TermContext)child))),
        P.ExceptClauseContext c => new ExceptClauseSyntax(Token(c.EXCEPT()), Term(c.term()), Token(c.COLON()), RequirementBody(c.requirementBody())),
        P.WhenClauseContext c => new WhenClauseSyntax(Token(c.WHEN()), Term(c.term()), Token(c.COLON()), Separated(c.children.Skip(3), child => Requirement((P.RequirementContext)child))),
        P.RoleClauseContext c => RoleClause(c),
        P.OverridesClauseContext c => new OverridesClauseSyntax(
            Token(c.OVERRIDES()), Token(c.STRING(0)), OptionalToken(c.IN()), c.STRING().Length > 1 ? Token(c.STRING(1)) : null),
        P.RequirementClauseContext c => new RequirementClauseSyntax(Requirement(c.requirement())),
        _ => throw new InvalidOperationException($"Unknown clause {clause.GetType().Name}."),
    };

    private RoleClauseSyntax RoleClause(P.RoleClauseContext c)
    {
        var terms = c.term();
        // "chaired by X" has one term before BY only if the action is written; the grammar makes
        // the first term optional, but a role line always names an action, so both are present.
        return terms.Length == 2
            ? new RoleClauseSyntax(Term(terms[0]), Token(c.BY()), Term(terms[1]))
            : new RoleClauseSyntax(new TermSyntax([]), Token(c.BY()), Term(terms[0]));
    }

    private RequirementSyntax Requirement(P.RequirementContext c) => new(Term(c.term()), RequirementBody(c.requirementBody()));

    private RequirementBodySyntax RequirementBody(P.RequirementBodyContext c) => new(
        OptionalToken(c.RECORDED()),
        c.timing() is { } timing ? Timing(timing) : null,
        [.. c.allowance().Select(Allowance)]);

    private TimingSyntax Timing(P.TimingContext timing) => timing switch
    {
        P.CadenceTimingContext c => new CadenceTimingSyntax(Frequency(c.frequency())),
        P.DeadlineTimingContext c => new DeadlineTimingSyntax(
            Deadline(c.deadline()), OptionalToken(c.COMMA()), OptionalToken(c.THEN()), c.frequency() is { } f ? Frequency(f) : null),
        _ => throw new InvalidOperationException($"Unknown timing {timing.GetType().Name}."),
    };

    private FrequencySyntax Frequency(P.FrequencyContext frequency) => frequency switch
    {
        P.EveryFrequencyContext c => new EveryFrequencySyntax(OptionalToken(c.AT()), OptionalToken(c.LEAST()), Token(c.EVERY()), Duration(c.duration())),
        P.IdiomFrequencyContext c => new IdiomFrequencySyntax(
            OptionalToken(c.AT()), OptionalToken(c.LEAST()), c.count() is { } count ? Token((ITerminalNode)count.GetChild(0)) : null, Token(c.FREQUENCY_WORD())),
        _ => throw new InvalidOperationException($"Unknown frequency {frequency.GetType().Name}."),
    };

    private DeadlineSyntax Deadline(P.DeadlineContext deadline) => deadline switch
    {
        // "within 2 weeks before transfer" is a window before an anchor, not a deadline after one.
        P.WithinDeadlineContext c when c.BEFORE() is not null => new BeforeDeadlineSyntax(
            null, null, Token(c.WITHIN()), Duration(c.duration()), Token(c.BEFORE()), OptionalToken(c.EACH()), Term(c.term())),
        P.WithinDeadlineContext c => new WithinDeadlineSyntax(
            Token(c.WITHIN()), Duration(c.duration()), OptionalToken(c.OF()), c.term() is { } anchor ? Term(anchor) : null),
        P.SameDayDeadlineContext c => new SameDayDeadlineSyntax(Token(c.BY()), Token(c.THE()), Token(c.SAME()), Token(c.DAYS())),
        P.BeforeDeadlineContext c => new BeforeDeadlineSyntax(
            OptionalToken(c.AT()), OptionalToken(c.LEAST()), null, c.duration() is { } d ? Duration(d) : null,
            Token(c.BEFORE()), OptionalToken(c.EACH()), Term(c.term())),
        _ => throw new InvalidOperationException($"Unknown deadline {deadline.GetType().Name}."),
    };

    private AllowanceSyntax Allowance(P.AllowanceContext allowance) => allowance switch
    {
        P.UnlessAllowanceContext c => new UnlessAllowanceSyntax(OptionalToken(c.COMMA()), Token(c.UNLESS()), OptionalToken(c.RECORDED()), Term(c.term())),
        P.MaxAllowanceContext c => new MaxAllowanceSyntax(OptionalToken(c.COMMA()), Token(c.MAX()), Duration(c.duration())),
        _ => throw new InvalidOperationException($"Unknown allowance {allowance.GetType().Name}."),
    };

    private DurationSyntax Duration(P.DurationContext c) => new(
        c.count() is { } count ? Token((ITerminalNode)count.GetChild(0)) : null,
        c.unit() is { } unit ? Unit(unit) : null);

    private UnitSyntax Unit(P.UnitContext c)
    {
        var tokens = c.children.Cast<ITerminalNode>().Select(Token).ToList();
        return tokens.Count == 2 ? new UnitSyntax(tokens[0], tokens[1]) : new UnitSyntax(null, tokens[0]);
    }

    private TermSyntax Term(P.TermContext c) =>
        new([.. c.children.Select(child => Token(child is ITerminalNode terminal ? terminal : FirstTerminal((ParserRuleContext)child)))]);

    private static ITerminalNode FirstTerminal(ParserRuleContext context)
    {
        var child = context.GetChild(0);
        return child as ITerminalNode ?? FirstTerminal((ParserRuleContext)child);
    }

    // ------------------------------------------------------------------ vocabulary

    private TermDefinitionSyntax TermDefinition(P.TermDeclarationContext declaration, SyntaxToken? fullStop, SyntaxToken lineEnd) => declaration switch
    {
        P.TableTermDeclarationContext c => new TableTermDefinitionSyntax(
            Token(FirstTerminal(c.tableTermKind())), Token(c.STRING()), Token(c.MEANS()), FieldPath(c.fieldPath(0)),
            OptionalToken(c.WHERE()), c.condition() is { } condition ? Condition(condition) : null,
            OptionalToken(c.DATED()), c.fieldPath().Length > 1 ? FieldPath(c.fieldPath(1)) : null, fullStop, lineEnd),
        P.ConditionTermDeclarationContext c => new ConditionTermDefinitionSyntax(
            Token(FirstTerminal(c.conditionTermKind())), Token(c.STRING()), Token(c.MEANS()), Condition(c.condition()), fullStop, lineEnd),
        P.ActionTermDeclarationContext c => new ActionTermDefinitionSyntax(
            Token(c.ACTION()), Token(c.STRING()), Token(c.MEANS()), FieldPath(c.fieldPath()), fullStop, lineEnd),
        _ => throw new InvalidOperationException($"Unknown term declaration {declaration.GetType().Name}."),
    };

    private ConditionSyntax Condition(P.ConditionContext c) =>
        LeftAssociative(c.children, child => ConditionTerm((P.ConditionTermContext)child));

    private ConditionSyntax ConditionTerm(P.ConditionTermContext c) =>
        LeftAssociative(c.children, child => ConditionFactor((P.ConditionFactorContext)child));

    private ConditionSyntax LeftAssociative(IList<IParseTree> children, Func<IParseTree, ConditionSyntax> operand)
    {
        var result = operand(children[0]);
        for (var i = 1; i + 1 < children.Count; i += 2)
            result = new BinaryConditionSyntax(result, Token((ITerminalNode)children[i]), operand(children[i + 1]));
        return result;
    }

    private ConditionSyntax ConditionFactor(P.ConditionFactorContext factor) => factor switch
    {
        P.NotConditionContext c => new NotConditionSyntax(Token(c.NOT()), ConditionFactor(c.conditionFactor())),
        P.ComparisonConditionContext c => new ComparisonConditionSyntax(
            FieldPath(c.fieldPath()), Token(c.IS()), OptionalToken(c.NOT()), Token((ITerminalNode)c.literal().GetChild(0))),
        P.AtLeastConditionContext c => new AtLeastConditionSyntax(FieldPath(c.fieldPath()), Token(c.AT()), Token(c.LEAST()), Duration(c.duration())),
        P.FlagConditionContext c => new FlagConditionSyntax(FieldPath(c.fieldPath())),
        _ => throw new InvalidOperationException($"Unknown condition {factor.GetType().Name}."),
    };

    private FieldPathSyntax FieldPath(P.FieldPathContext c) =>
        new(new SeparatedSyntaxList<SyntaxToken>([.. c.children.Select(child => (SyntaxNode)Token(child as ITerminalNode ?? FirstTerminal((ParserRuleContext)child)))]));
}
