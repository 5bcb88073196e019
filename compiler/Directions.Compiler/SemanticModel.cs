using Directions.Compiler.Binding;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;

namespace Directions.Compiler;

/// <summary>
/// Answers questions about one file of a compilation: which symbol or bound requirement stands at a
/// position. What the language server asks for hover, go-to-definition and completion.
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

    /// <summary>The innermost node whose span holds the position (a token, at the finest).</summary>
    public SyntaxNode? FindNode(int position)
    {
        SyntaxNode? found = null;
        SyntaxNode? node = SyntaxTree.Root;
        while (node is not null)
        {
            found = node;
            node = node.GetChildren().FirstOrDefault(c => c.Span.ContainsOrTouches(position) && (c.Span.Length > 0 || c.Span.Start == position));
        }

        return found;
    }

    /// <summary>The term used or declared at a position, resolved.</summary>
    public TermSymbol? GetTermSymbol(int position)
    {
        var node = FindNode(position);
        foreach (var ancestor in node is null ? [] : node.Ancestors().Prepend(node))
        {
            if (ancestor is TermSyntax term && Compilation.Program.TermReferences.TryGetValue(term, out var reference))
                return reference.Action is not null && IsInActionPart(term, reference, position) ? reference.Action : reference.Term;
            if (ancestor is TermDefinitionSyntax && ancestor.Parent is TermDeclarationSyntax declaration
                && Compilation.Program.TermDeclarations.TryGetValue(declaration, out var declared))
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

    /// <summary>The direction declared in this file around a position.</summary>
    public DirectionSymbol? GetDirection(int position) =>
        Compilation.Directions.FirstOrDefault(d => d.Syntax.SyntaxTree == SyntaxTree && d.Syntax.FullSpan.ContainsOrTouches(position));

    /// <summary>The rule around a position.</summary>
    public RuleSymbol? GetRule(int position) =>
        GetDirection(position)?.Rules.FirstOrDefault(r => r.Syntax.FullSpan.ContainsOrTouches(position));

    /// <summary>The bound requirement whose line holds the position.</summary>
    public BoundRequirement? GetRequirement(int position) =>
        GetRule(position)?.Requirements.FirstOrDefault(r => r.Syntax.Span.ContainsOrTouches(position)
            || r.CohortExceptions.Any(e => e.Syntax.Span.ContainsOrTouches(position))
            || r.RoleConstraints.Any(c => c.Syntax.Span.ContainsOrTouches(position)));

    private static bool IsInActionPart(TermSyntax term, BoundTermReference reference, int position)
    {
        var subjectWords = reference.Term.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return term.Tokens.Length > subjectWords && position >= term.Tokens[Math.Min(subjectWords, term.Tokens.Length - 1)].Span.Start;
    }
}
