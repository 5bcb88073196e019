using System.Collections.Immutable;
using Directions.Compiler.Binding;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;
using Directions.Compiler.Text;

namespace Directions.Compiler.Semantics;

/// <summary>
/// Every place a compilation names a term, a rule or a direction, by file (sorted, for lookups by
/// position) and by symbol (for references and rename); and the bound rule, direction and requirement
/// of each declaration's syntax. Built once per compilation, on first use.
/// </summary>
internal sealed class SymbolIndex
{
    private readonly Dictionary<SyntaxTree, List<SymbolOccurrence>> _byTree = [];
    private readonly Dictionary<object, List<SymbolOccurrence>> _bySymbol = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SourceText, SyntaxTree> _treeOfText = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _families = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes a compilation (binding it, if that has not happened yet).</summary>
    public SymbolIndex(DirectionCompilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            _byTree.TryAdd(tree, []);
            _treeOfText.TryAdd(tree.Text, tree);
        }

        var program = compilation.Program;
        foreach (var (declaration, term) in program.TermDeclarations)
        {
            Add(term, declaration.Definition.Name, isDeclaration: true);
            foreach (var name in declaration.AlsoLines.SelectMany(a => a.Names))
                Add(term, name, isDeclaration: true);
        }

        foreach (var reference in program.TermReferences.Values)
            AddReference(compilation.Vocabulary, reference);

        foreach (var direction in compilation.Directions)
        {
            Directions[direction.Syntax] = direction;
            var idToken = IdToken(direction.Syntax);
            Add(direction, idToken ?? direction.Syntax.Header.Title, isDeclaration: true, name: direction.Id);
            foreach (var supersedes in direction.Syntax.Members.OfType<HeaderLineSyntax>().SelectMany(h => h.Items).OfType<SupersedesHeaderItemSyntax>())
            {
                var superseded = compilation.Directions.FirstOrDefault(d => d.Id == supersedes.DirectionId.ValueText && d.Version == supersedes.Version.ValueText)
                    ?? compilation.Directions.FirstOrDefault(d => d.Id == supersedes.DirectionId.ValueText && d != direction);
                if (superseded is not null)
                    Add(superseded, supersedes.DirectionId, isDeclaration: false);
            }

            foreach (var rule in direction.Rules)
            {
                Rules[rule.Syntax] = rule;
                RuleDirections[rule] = direction;
                Add(rule, rule.Syntax.Header.Name, isDeclaration: true);
                foreach (var requirement in rule.Requirements)
                {
                    Requirements.TryAdd(requirement.Syntax, requirement);
                    foreach (var exception in requirement.CohortExceptions)
                        Requirements.TryAdd(exception.Syntax, requirement);
                    foreach (var role in requirement.RoleConstraints)
                        Requirements.TryAdd(role.Syntax, requirement);
                }
            }
        }

        JoinFamilies();
        foreach (var list in _byTree.Values)
            list.Sort((a, b) => a.Location.Span.Start.CompareTo(b.Location.Span.Start));
    }

    /// <summary>Bound directions by their declaration.</summary>
    public Dictionary<SyntaxNode, DirectionSymbol> Directions { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Bound rules by their declaration.</summary>
    public Dictionary<SyntaxNode, RuleSymbol> Rules { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The direction of each rule.</summary>
    public Dictionary<RuleSymbol, DirectionSymbol> RuleDirections { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Bound requirements by the syntax of their line, their `except` lines and their role lines.</summary>
    public Dictionary<SyntaxNode, BoundRequirement> Requirements { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The occurrence whose name holds or touches the position, in one file.</summary>
    public SymbolOccurrence? FindOccurrence(SyntaxTree tree, int position) =>
        _byTree.TryGetValue(tree, out var list) ? SpanSearch.Touching(list, o => o.Location.Span, position) : null;

    /// <summary>All occurrences in one file, in source order.</summary>
    public IReadOnlyList<SymbolOccurrence> OccurrencesIn(SyntaxTree tree) => _byTree.TryGetValue(tree, out var list) ? list : [];

    /// <summary>
    /// All occurrences of a symbol; for a rule, also those of the rules of the same name in other versions of its
    /// direction (same id, or joined by `supersedes`).
    /// </summary>
    public ImmutableArray<SymbolOccurrence> OccurrencesOf(object symbol)
    {
        if (symbol is RuleSymbol rule && RuleDirections.TryGetValue(rule, out var direction))
        {
            var family = FamilyOf(direction.Id);
            var sameRule = RuleDirections
                .Where(p => FamilyOf(p.Value.Id) == family && string.Equals(p.Key.Name, rule.Name, StringComparison.OrdinalIgnoreCase))
                .SelectMany(p => _bySymbol.GetValueOrDefault(p.Key) ?? []);
            return [.. sameRule.OrderBy(o => o.Location.Path, StringComparer.Ordinal).ThenBy(o => o.Location.Span.Start)];
        }

        return [.. (_bySymbol.GetValueOrDefault(symbol) ?? []).OrderBy(o => o.Location.Path, StringComparer.Ordinal).ThenBy(o => o.Location.Span.Start)];
    }

    /// <summary>
    /// The versions of one direction: directions that share an id or are joined by `supersedes` lines, named by
    /// one of their ids (a union-find over ids, joined once when the index is built).
    /// </summary>
    private string FamilyOf(string id)
    {
        while (_families.TryGetValue(id, out var parent))
            id = parent;
        return id;
    }

    private void JoinFamilies()
    {
        foreach (var direction in Directions.Values.Where(d => d.SupersedesId is not null))
        {
            var (a, b) = (FamilyOf(direction.Id), FamilyOf(direction.SupersedesId!));
            if (!string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
                _families[a] = b;
        }
    }

    private static SyntaxToken? IdToken(DirectionDeclarationSyntax direction) =>
        direction.Members.OfType<HeaderLineSyntax>().SelectMany(h => h.Items).OfType<IdHeaderItemSyntax>().FirstOrDefault()?.Value;

    private void Add(object symbol, SyntaxToken token, bool isDeclaration, string? name = null)
    {
        if (token.IsMissing || token.Span.Length == 0)
            return;
        Add(new SymbolOccurrence(symbol, new TextLocation(token.SyntaxTree.Text, NameSpan(token)), name ?? token.ValueText, isDeclaration));
    }

    private void Add(SymbolOccurrence occurrence)
    {
        if (!_treeOfText.TryGetValue(occurrence.Location.Text, out var tree))
            return;
        _byTree[tree].Add(occurrence);
        if (!_bySymbol.TryGetValue(occurrence.Symbol, out var list))
            _bySymbol[occurrence.Symbol] = list = [];
        list.Add(occurrence);
    }

    /// <summary>The span of a name token without its quotes.</summary>
    private static TextSpan NameSpan(SyntaxToken token)
    {
        if (token.Kind is not (SyntaxKind.StringToken or SyntaxKind.UnterminatedStringToken) || token.Text.Length == 0)
            return token.Span;
        var closed = token.Kind == SyntaxKind.StringToken && token.Text.Length >= 2;
        return TextSpan.FromBounds(token.Span.Start + 1, token.Span.End - (closed ? 1 : 0));
    }

    /// <summary>
    /// A term in a rule names its term with its first words (the longest run that is one of the term's
    /// names), then perhaps `start`/`end`, then perhaps an action's name.
    /// </summary>
    private void AddReference(VocabularySymbol vocabulary, BoundTermReference reference)
    {
        var tokens = reference.Syntax.Tokens;
        if (tokens.IsEmpty)
            return;
        if (tokens.Length == 1 && tokens[0].Kind is SyntaxKind.StringToken or SyntaxKind.UnterminatedStringToken)
        {
            Add(reference.Term, tokens[0], isDeclaration: false);
            return;
        }

        var subjectEnd = LongestName(vocabulary, tokens, 0, reference.Term);
        if (subjectEnd == 0)
            return;
        AddWords(reference.Term, tokens, 0, subjectEnd);
        var next = reference.Boundary == PeriodBoundary.None ? subjectEnd : subjectEnd + 1;
        if (reference.Action is { } action && next < tokens.Length)
        {
            var actionEnd = LongestName(vocabulary, tokens, next, action);
            if (actionEnd > next)
                AddWords(action, tokens, next, actionEnd);
        }
    }

    private static int LongestName(VocabularySymbol vocabulary, ImmutableArray<SyntaxToken> tokens, int start, TermSymbol term)
    {
        for (var end = tokens.Length; end > start; end--)
        {
            var name = string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.ValueText));
            if (Equals(vocabulary.Find(name), term))
                return end;
        }

        return start;
    }

    private void AddWords(TermSymbol term, ImmutableArray<SyntaxToken> tokens, int start, int end)
    {
        var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
        var name = string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.ValueText));
        Add(new SymbolOccurrence(term, new TextLocation(tokens[start].SyntaxTree.Text, span), name, IsDeclaration: false));
    }
}
