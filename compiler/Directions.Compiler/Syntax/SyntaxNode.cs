using Directions.Compiler.Text;

namespace Directions.Compiler.Syntax;

/// <summary>
/// A node of the syntax tree. Nodes are immutable; every node knows its span, its parent and
/// the tree it belongs to. Printing a tree gives back the exact text it was parsed from.
/// </summary>
public abstract class SyntaxNode
{
    private SyntaxNode? _parent;
    private SyntaxTree? _tree;

    /// <summary>What the node is.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>The node that contains this one, or null for the root.</summary>
    public SyntaxNode? Parent => _parent;

    /// <summary>The tree the node belongs to.</summary>
    public SyntaxTree SyntaxTree => _tree ?? throw new InvalidOperationException("The node is not part of a syntax tree yet.");

    /// <summary>The node's own text, without the leading and trailing trivia of its outer tokens.</summary>
    public virtual TextSpan Span
    {
        get
        {
            var first = FirstToken();
            var last = LastToken();
            return first is null || last is null ? new TextSpan(0, 0) : TextSpan.FromBounds(first.Span.Start, last.Span.End);
        }
    }

    /// <summary>The node's text including all trivia.</summary>
    public virtual TextSpan FullSpan
    {
        get
        {
            var first = FirstToken();
            var last = LastToken();
            return first is null || last is null ? new TextSpan(0, 0) : TextSpan.FromBounds(first.FullSpan.Start, last.FullSpan.End);
        }
    }

    /// <summary>Where the node is, for diagnostics.</summary>
    public TextLocation Location => new(SyntaxTree.Text, Span);

    /// <summary>The direct children in source order (tokens included).</summary>
    public abstract IEnumerable<SyntaxNode> GetChildren();

    /// <summary>All tokens under the node, in source order.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        if (this is SyntaxToken token)
        {
            yield return token;
            yield break;
        }

        foreach (var child in GetChildren())
        {
            foreach (var descendant in child.DescendantTokens())
                yield return descendant;
        }
    }

    /// <summary>This node and all nodes under it, in source order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodesAndSelf()
    {
        yield return this;
        foreach (var child in GetChildren())
        {
            foreach (var descendant in child.DescendantNodesAndSelf())
                yield return descendant;
        }
    }

    /// <summary>The nodes that contain this one, nearest first.</summary>
    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
            yield return node;
    }

    /// <summary>The first token of the node, or null if it has none.</summary>
    public SyntaxToken? FirstToken() => DescendantTokens().FirstOrDefault();

    /// <summary>The last token of the node, or null if it has none.</summary>
    public SyntaxToken? LastToken() => DescendantTokens().LastOrDefault();

    /// <summary>Writes the node's full text, trivia included.</summary>
    public void WriteTo(TextWriter writer)
    {
        foreach (var token in DescendantTokens())
            token.WriteTo(writer);
    }

    /// <summary>The node's full text, trivia included.</summary>
    public override string ToString()
    {
        using var writer = new StringWriter();
        WriteTo(writer);
        return writer.ToString();
    }

    /// <summary>Links the node and everything under it to its parent and tree; done once, by the tree.</summary>
    internal void Attach(SyntaxNode? parent, SyntaxTree tree)
    {
        _parent = parent;
        _tree = tree;
        foreach (var child in GetChildren())
            child.Attach(this, tree);
    }
}
