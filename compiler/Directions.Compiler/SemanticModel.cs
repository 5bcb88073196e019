using System.Collections.Immutable;
using Directions.Compiler.Binding;
using Directions.Compiler.Semantics;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;

namespace Directions.Compiler;

/// <summary>
/// Answers questions about one file of a compilation: which token, symbol or bound requirement stands at
/// a position, where each symbol is named, what each duration means. What the language server asks for
/// hover, go-to-definition, references, rename, completion and inlay hints.
/// Lookups by position use indexes built once per file and once per compilation (binary search, no
/// tree walks), so they stay fast on files of thousands of lines.
/// </summary>
public sealed class SemanticModel
{
    internal SemanticModel(DirectionCompilation compilation, SyntaxTree tree)
    {
        Compilation = compilation;
        SyntaxTree = tree;
    }

    /// <summary>The compilation.</summary>
    public DirectionCompilation Compilation { get; }

    /// <summary>The file.</summary>
    public SyntaxTree SyntaxTree { get; }

    /// <summary>
    /// The token at a position: the one whose text holds it, else the one whose text ends there (a caret
    /// just after a word), else the one whose trivia (spaces, comment, line end) holds it.
    /// </summary>
    public SyntaxToken? FindToken(int position) => TokenIndex.Of(SyntaxTree).FindToken(position);

    /// <summary>The innermost node at a position (a token, at the finest; see <see cref="FindToken"/>).</summary>
    public SyntaxNode? FindNode(int position) => FindToken(position);

    /// <summary>The term used or declared at a position, resolved (for "assessment shared with family", the action when the position is on its words).</summary>
    public TermSymbol? GetTermSymbol(int position)
    {
        if (GetOccurrence(position) is { Symbol: TermSymbol term })
            return term;
        var node = FindNode(position);
        foreach (var ancestor in node is null ? [] : node.Ancestors().Prepend(node))
        {
            if (ancestor is TermSyntax syntax && Compilation.Program.TermReferences.TryGetValue(syntax, out var reference))
                return reference.Term;
            if (ancestor is TermDeclarationSyntax declaration && Compilation.Program.TermDeclarations.TryGetValue(declaration, out var declared))
                return declared;
        }

        return null;
    }

    /// <summary>The resolved term reference at a position (with its period boundary or action), if any.</summary>
    public BoundTermReference? GetTermReference(int position)
    {
        var node = FindNode(position);
        var term = node is null ? null : node.Ancestors().Prepend(node).OfType<TermSyntax>().FirstOrDefault();
        return term is not null && Compilation.Program.TermReferences.TryGetValue(term, out var reference) ? reference : null;
    }

    /// <summary>The direction declared in this file around a position (its header, rules, or the blank lines between them).</summary>
    public DirectionSymbol? GetDirection(int position)
    {
        var declaration = FindNode(position)?.Ancestors().OfType<DirectionDeclarationSyntax>().FirstOrDefault();
        return declaration is not null && Compilation.Index.Directions.TryGetValue(declaration, out var direction) ? direction : null;
    }

    /// <summary>The rule around a position.</summary>
    public RuleSymbol? GetRule(int position)
    {
        var declaration = FindNode(position)?.Ancestors().OfType<RuleDeclarationSyntax>().FirstOrDefault();
        return declaration is not null && Compilation.Index.Rules.TryGetValue(declaration, out var rule) ? rule : null;
    }

    /// <summary>The direction a rule belongs to.</summary>
    public DirectionSymbol? GetDirection(RuleSymbol rule) => Compilation.Index.RuleDirections.GetValueOrDefault(rule);

    /// <summary>The bound requirement whose line (or `except` or role line) holds the position.</summary>
    public BoundRequirement? GetRequirement(int position)
    {
        foreach (var ancestor in FindNode(position)?.Ancestors() ?? [])
        {
            if (Compilation.Index.Requirements.TryGetValue(ancestor, out var requirement))
                return requirement;
            if (ancestor is RuleDeclarationSyntax)
                break;
        }

        return null;
    }

    /// <summary>
    /// The name of a term, rule or direction at a position (declared or used), with the symbol it names;
    /// null when the position is on no such name (a keyword, a duration, a term the vocabulary lacks).
    /// </summary>
    public SymbolOccurrence? GetOccurrence(int position) => Compilation.Index.FindOccurrence(SyntaxTree, position);

    /// <summary>Every name of a term, rule or direction in this file, in source order.</summary>
    public IReadOnlyList<SymbolOccurrence> GetOccurrences() => Compilation.Index.OccurrencesIn(SyntaxTree);

    /// <summary>Every duration and frequency idiom of this file with what it means, in source order.</summary>
    public ImmutableArray<DurationOccurrence> GetDurations() => DurationFinder.Of(SyntaxTree);

    /// <summary>The duration or idiom that holds or touches a position, if any.</summary>
    public DurationOccurrence? GetDuration(int position) => DurationFinder.At(SyntaxTree, position);
}
