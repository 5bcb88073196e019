using System.Collections;
using System.Collections.Immutable;

namespace Directions.Compiler.Syntax;

/// <summary>A list of nodes with separators (commas, dots) between them; both are kept for fidelity.</summary>
public sealed class SeparatedSyntaxList<T>(ImmutableArray<SyntaxNode> nodesAndSeparators) : IReadOnlyList<T>
    where T : SyntaxNode
{
    /// <summary>An empty list.</summary>
    public static SeparatedSyntaxList<T> Empty { get; } = new([]);

    /// <summary>The number of items, separators not counted.</summary>
    public int Count => (nodesAndSeparators.Length + 1) / 2;

    /// <summary>The item at an index.</summary>
    public T this[int index] => (T)nodesAndSeparators[index * 2];

    /// <summary>The separator after the item at an index.</summary>
    public SyntaxToken GetSeparator(int index) => (SyntaxToken)nodesAndSeparators[index * 2 + 1];

    /// <summary>Items and separators, in source order.</summary>
    public ImmutableArray<SyntaxNode> GetWithSeparators() => nodesAndSeparators;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
