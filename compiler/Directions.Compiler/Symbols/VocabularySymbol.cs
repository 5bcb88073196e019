using System.Collections.Immutable;

namespace Directions.Compiler.Symbols;

/// <summary>All terms of the compilation's vocabularies, looked up by name or synonym, case-insensitively.</summary>
public sealed class VocabularySymbol
{
    private readonly ImmutableDictionary<string, TermSymbol> _byName;

    /// <summary>Makes a vocabulary from its terms; later duplicates are ignored (the binder reports them).</summary>
    public VocabularySymbol(ImmutableArray<TermSymbol> terms)
    {
        Terms = terms;
        var builder = ImmutableDictionary.CreateBuilder<string, TermSymbol>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            foreach (var name in term.Synonyms.Prepend(term.Name))
                builder.TryAdd(Normalize(name), term);
        }

        _byName = builder.ToImmutable();
    }

    /// <summary>An empty vocabulary.</summary>
    public static VocabularySymbol Empty { get; } = new([]);

    /// <summary>The terms, in declaration order.</summary>
    public ImmutableArray<TermSymbol> Terms { get; }

    /// <summary>Every name and synonym, normalised, with its term.</summary>
    public IEnumerable<KeyValuePair<string, TermSymbol>> Names => _byName;

    /// <summary>Finds a term by name or synonym.</summary>
    public TermSymbol? Find(string name) => _byName.GetValueOrDefault(Normalize(name));

    /// <summary>Lower case, single spaces, straight apostrophes: how names are compared.</summary>
    public static string Normalize(string name) =>
        string.Join(' ', name.Replace('\u2019', '\'').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
