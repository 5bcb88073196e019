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
    private IReadOnlyList<SyntaxToken> _lineTokens = [];

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

        return new LineGrouper(_text, _diagnostics).Group(parsedLines, _syntaxTokens[eofIndex]);
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

    private LineSyntax ParseLine(P parser, TokenLine line)
    {
        _lineTokens = line.Content.Select(i => _syntaxTokens[i]).ToList();
        var lineEnd = line.NewLine >= 0 ? _syntaxTokens[line.NewLine] : EmptyLineEnd(line);

        // Lexical problems first: the parser's view of a broken token only confuses.
        foreach (var index in line.Content)
        {
            var token = _allTokens[index];
            if (token.Type == P.UNEXPECTED_CHARACTER)
                return Erroneous(SyntaxDiagnostics.BadCharacter, _syntaxTokens[index].Span, lineEnd, token.Text);
            if (token.Type == P.UNTERMINATED_STRING)
                return Erroneous(SyntaxDiagnostics.UnterminatedString, _syntaxTokens[index].Span, lineEnd);
        }

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
        P.SingleLineContext tree;
        try
        {
            tree = parser.singleLine();
        }
        finally
        {
            parser.RemoveErrorListeners();
        }

        if (errors.Error is { } error)
            return ReportSyntaxError(error, lineEnd);

        var fullStop = tree.DOT() is { } dot ? Token(dot) : null;
        return TranslateLineContent(tree.lineContent(), fullStop, lineEnd);
    }

    private SyntaxToken EmptyLineEnd(TokenLine line)
    {
        var end = _syntaxTokens[line.Content[^1]].Span.End;
        return new SyntaxToken(SyntaxKind.NewLineToken, end, string.Empty, [], []);
    }

    private ErroneousLineSyntax Erroneous(DiagnosticDescriptor descriptor, TextSpan span, SyntaxToken lineEnd, params object?[] arguments)
    {
        _diagnostics.Report(descriptor, new TextLocation(_text, span), arguments);
        return new ErroneousLineSyntax([.. _lineTokens], null, lineEnd);
    }

    private SyntaxToken Token(ITerminalNode node) => _lineTokens[node.Symbol.TokenIndex];

    private SyntaxToken? OptionalToken(ITerminalNode? node) => node is null ? null : Token(node);

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

    private ErroneousLineSyntax ReportSyntaxError(SyntaxError error, SyntaxToken lineEnd)
    {
        var atEnd = error.Offending.Type == TokenConstants.EOF;
        var index = atEnd ? _lineTokens.Count : error.Offending.TokenIndex;
        var offending = atEnd ? null : _lineTokens[index];
        var previous = index > 0 ? _lineTokens[index - 1] : null;
        var span = offending?.Span ?? (previous is null ? lineEnd.Span : new TextSpan(previous.Span.End, 0));
        var expected = error.Expected;
        var after = previous?.Text ?? string.Empty;
        var previousType = previous is null ? 0 : TypeOf(previous);

        if (offending is not null && TypeOf(offending) == P.MALFORMED_DATE && previous is not null)
            return Erroneous(SyntaxDiagnostics.ExpectedDate, offending.Span, lineEnd, after);
        if (expected.Contains(P.NUMBER) && previousType is P.EVERY or P.WITHIN or P.MAX)
            return Erroneous(SyntaxDiagnostics.ExpectedNumber, span, lineEnd, after, NumberExample(previousType));
        if (expected.Contains(P.STRING) && !expected.Contains(P.WORD) && previous is not null)
            return Erroneous(SyntaxDiagnostics.ExpectedQuotedText, offending is null ? span : WordRunSpan(index), lineEnd, LeadingWords(index), QuotedExample(index));
        if (expected.Contains(P.DATE) && previous is not null)
            return Erroneous(SyntaxDiagnostics.ExpectedDate, span, lineEnd, after);
        if (expected.Contains(P.COLON) && previous is not null && _lineTokens.Count > 0 && TypeOf(_lineTokens[0]) is P.EXCEPT or P.WHEN)
        {
            var term = TextBetween(1, index);
            var example = TypeOf(_lineTokens[0]) == P.EXCEPT ? $"except {term}: max 8 weeks" : $"when {term}: CIN review within 3 months";
            return Erroneous(SyntaxDiagnostics.ExpectedColon, span, lineEnd, term, example);
        }

        if (expected.Contains(P.WORD) && !expected.Contains(P.EVERY) && previousType is P.UNLESS or P.OF or P.BEFORE or P.TO or P.BY or P.EXCEPT or P.WHEN or P.RECORDED)
            return Erroneous(SyntaxDiagnostics.ExpectedTerm, span, lineEnd, after, TermExample(previousType));
        if (offending is not null && previous is not null && expected.Contains(P.EVERY) && expected.Contains(P.WITHIN))
            return Erroneous(SyntaxDiagnostics.ExpectedTiming, offending.Span, lineEnd, offending.Text, TextBetween(0, index));
        if (offending is not null && previousType is P.NUMBER or P.NUMBER_WORD && expected.Contains(P.FREQUENCY_WORD) && index >= 2)
        {
            // "CIN visit each 4 weeks": the words before the number were read as the term.
            var span2 = TextSpan.FromBounds(previous!.Span.Start, offending.Span.End);
            return Erroneous(SyntaxDiagnostics.ExpectedTiming, span2, lineEnd, $"{previous.Text} {offending.Text}", TextBetween(0, index - 1));
        }

        var found = offending is null ? "The line ends too soon" : $"I did not expect '{offending.Text}' here";
        var where = previous is null ? string.Empty : $" after '{after}'";
        var wanted = DescribeExpected(expected);
        var message = wanted.Length == 0 ? $"{found}{where}." : $"{found}{where}. I expected {wanted}.";
        return Erroneous(SyntaxDiagnostics.UnexpectedText, span, lineEnd, message);
    }

    private int TypeOf(SyntaxToken token) => _tokenTypes[token];

    private string TextBetween(int from, int to) =>
        string.Join(' ', _lineTokens.Skip(from).Take(Math.Max(0, to - from)).Select(t => t.Text));

    private TextSpan WordRunSpan(int index)
    {
        var end = index;
        while (end + 1 < _lineTokens.Count && TypeOf(_lineTokens[end + 1]) != P.COMMA)
            end++;
        return TextSpan.FromBounds(_lineTokens[index].Span.Start, _lineTokens[end].Span.End);
    }

    private string LeadingWords(int index) => TextBetween(0, index);

    private string QuotedExample(int index)
    {
        var lead = LeadingWords(index);
        var words = index < _lineTokens.Count ? TextBetween(index, _lineTokens.Count) : "...";
        var sample = words.Trim('"', '\u201C', '\u201D');
        return $"{lead} \"{(sample.Length == 0 ? "..." : sample)}\"";
    }

    private static string NumberExample(int keyword) => keyword switch
    {
        P.EVERY => "every 4 weeks",
        P.WITHIN => "within 20 working days of referral",
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

    /// <summary>Names what the parser would have accepted, in words, most useful first.</summary>
    private static string DescribeExpected(IntervalSet expected)
    {
        var words = new List<string>();
        void AddIf(bool condition, string text)
        {
            if (condition && !words.Contains(text))
                words.Add(text);
        }

        AddIf(expected.Contains(P.NUMBER) || expected.Contains(P.NUMBER_WORD), "a number");
        AddIf(expected.Contains(P.WEEKS) || expected.Contains(P.DAYS), "a unit such as weeks or working days");
        AddIf(expected.Contains(P.STRING), "a text in double quotes");
        AddIf(expected.Contains(P.DATE), "a date such as 2021-09-01");
        AddIf(expected.Contains(P.EVERY), "'every'");
        AddIf(expected.Contains(P.FREQUENCY_WORD), "a frequency such as 'fortnightly' or '4-weekly'");
        AddIf(expected.Contains(P.WITHIN), "'within'");
        AddIf(expected.Contains(P.WORD), "a term such as 'CIN visit'");
        AddIf(expected.Contains(P.COLON), "a colon");
        AddIf(expected.Contains(P.COMMA), "a comma");
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
        P.HeaderLineContext c => new HeaderLineSyntax(Separated<HeaderItemSyntax>(c.children, child => HeaderItem((P.HeaderItemContext)child)), fullStop, lineEnd),
        P.AlsoLineContext c => new AlsoLineSyntax(Token(c.ALSO()), SeparatedTokens(c.children.Skip(1)), fullStop, lineEnd),
        P.TermDeclarationLineContext c => TermDefinition(c.termDeclaration(), fullStop, lineEnd),
        P.ClauseLineContext c => new ClauseLineSyntax(Clause(c.clause()), fullStop, lineEnd),
        _ => throw new InvalidOperationException($"Unknown line kind {content.GetType().Name}."),
    };

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
        P.WithinDeadlineContext c => new WithinDeadlineSyntax(
            Token(c.WITHIN()), Duration(c.duration()), OptionalToken(c.OF()), c.term() is { } anchor ? Term(anchor) : null),
        P.SameDayDeadlineContext c => new SameDayDeadlineSyntax(Token(c.BY()), Token(c.THE()), Token(c.SAME()), Token(c.DAYS())),
        P.BeforeDeadlineContext c => new BeforeDeadlineSyntax(Token(c.BEFORE()), Term(c.term())),
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
