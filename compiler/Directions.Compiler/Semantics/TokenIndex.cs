using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Semantics;

/// <summary>
/// The tokens of one syntax tree in source order, for finding the token at a position by binary
/// search instead of walking the tree (which recomputes spans from the tokens at every level).
/// Built once per tree, on first use, and shared by every compilation the tree is in.
/// </summary>
internal sealed class TokenIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, TokenIndex> Cache = new();

    private TokenIndex(SyntaxTree tree) => Tokens = [.. tree.Root.DescendantTokens()];

    /// <summary>Every token of the tree, in source order; their full spans cover the text without gaps.</summary>
    public ImmutableArray<SyntaxToken> Tokens { get; }

    /// <summary>The index of a tree, made on first use.</summary>
    public static TokenIndex Of(SyntaxTree tree) => Cache.GetValue(tree, t => new TokenIndex(t));

    /// <summary>
    /// The token at a position: the one whose text holds it; else the one whose text ends exactly there
    /// (a caret just after a word); else the one whose trivia holds it. Null only for an empty tree.
    /// </summary>
    public SyntaxToken? FindToken(int position)
    {
        var index = IndexOfFullSpan(position);
        if (index < 0)
            return null;
        var token = Tokens[index];
        if (token.Span.Start <= position && position < token.Span.End)
            return token;
        if (position == token.Span.End && token.Span.Length > 0)
            return token;
        if (index > 0 && Tokens[index - 1].Span.End == position && Tokens[index - 1].Span.Length > 0)
            return Tokens[index - 1];
        return token;
    }

    /// <summary>The index of the last token whose full span starts at or before the position.</summary>
    private int IndexOfFullSpan(int position)
    {
        if (Tokens.IsEmpty)
            return -1;
        int lower = 0, upper = Tokens.Length - 1, found = 0;
        while (lower <= upper)
        {
            var middle = lower + (upper - lower) / 2;
            if (Tokens[middle].FullSpan.Start <= position)
            {
                found = middle;
                lower = middle + 1;
            }
            else
            {
                upper = middle - 1;
            }
        }

        return found;
    }
}
