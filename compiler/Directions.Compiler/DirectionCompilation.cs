using System.Collections.Immutable;
using Directions.Compiler.Binding;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Semantics;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;

namespace Directions.Compiler;

/// <summary>
/// A set of directions and vocabularies compiled together. Immutable and safe to use from
/// several threads: binding happens once, lazily, and its results are shared.
/// </summary>
public sealed class DirectionCompilation
{
    private readonly Lazy<BoundProgram> _program;
    private readonly Lazy<SymbolIndex> _index;

    private DirectionCompilation(ImmutableArray<SyntaxTree> syntaxTrees, CaseDataSchema schema)
    {
        SyntaxTrees = syntaxTrees;
        Schema = schema;
        _program = new Lazy<BoundProgram>(() => BoundProgram.Bind(SyntaxTrees, Schema), LazyThreadSafetyMode.ExecutionAndPublication);
        _index = new Lazy<SymbolIndex>(() => new SymbolIndex(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The files of the compilation: directions and vocabularies.</summary>
    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    /// <summary>The case-data schema vocabulary terms are checked against.</summary>
    public CaseDataSchema Schema { get; }

    /// <summary>The bound vocabulary, directions and diagnostics.</summary>
    public BoundProgram Program => _program.Value;

    /// <summary>The bound directions.</summary>
    public ImmutableArray<DirectionSymbol> Directions => Program.Directions;

    /// <summary>The vocabulary of all vocabulary files in the compilation.</summary>
    public VocabularySymbol Vocabulary => Program.Vocabulary;

    /// <summary>Where every term, rule and direction is named; built on first use.</summary>
    internal SymbolIndex Index => _index.Value;

    /// <summary>Makes a compilation from parsed files (directions and their vocabulary).</summary>
    public static DirectionCompilation Create(IEnumerable<SyntaxTree> syntaxTrees, CaseDataSchema? schema = null) =>
        new([.. syntaxTrees], schema ?? CaseDataSchema.Default);

    /// <summary>
    /// A new compilation with one file removed (by path); the same compilation if no file has that path.
    /// What an editor does when a file is deleted.
    /// </summary>
    public DirectionCompilation RemoveSyntaxTree(string path)
    {
        var trees = SyntaxTrees.RemoveAll(t => t.FilePath == path);
        return trees.Length == SyntaxTrees.Length ? this : new DirectionCompilation(trees, Schema);
    }

    /// <summary>The file with a path, or null.</summary>
    public SyntaxTree? GetSyntaxTree(string path) => SyntaxTrees.FirstOrDefault(t => t.FilePath == path);

    /// <summary>
    /// Every place a term, rule or direction is named across the compilation's files, declaration included,
    /// by file and position. A term's places include those written with any of its synonyms (see
    /// <see cref="SymbolOccurrence.Name"/>); a rule's include the rules of the same name in other versions
    /// of its direction; a direction's include the `supersedes` lines that name it.
    /// </summary>
    /// <param name="symbol">A <see cref="TermSymbol"/>, <see cref="RuleSymbol"/> or <see cref="DirectionSymbol"/> of this compilation.</param>
    public ImmutableArray<SymbolOccurrence> FindOccurrences(object symbol) => Index.OccurrencesOf(symbol);

    /// <summary>A new compilation with one file replaced (or added, if no file has its path): what an editor does on each keystroke.</summary>
    public DirectionCompilation WithSyntaxTree(SyntaxTree tree)
    {
        var index = SyntaxTrees.IndexOf(SyntaxTrees.FirstOrDefault(t => t.FilePath == tree.FilePath)!);
        var trees = index >= 0 ? SyntaxTrees.SetItem(index, tree) : SyntaxTrees.Add(tree);
        return new DirectionCompilation(trees, Schema);
    }

    /// <summary>All diagnostics: syntax (DIR1xxx), binding (DIR2xxx) and cross-direction (DIR3xxx), by file and position.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => Program.Diagnostics;

    /// <summary>The diagnostics of one file.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics(SyntaxTree tree) =>
        [.. Program.Diagnostics.Where(d => d.Location.Path == tree.FilePath)];

    /// <summary>The semantic model of one file of the compilation.</summary>
    public SemanticModel GetSemanticModel(SyntaxTree tree)
    {
        if (!SyntaxTrees.Contains(tree))
            throw new ArgumentException("The syntax tree is not part of this compilation.", nameof(tree));
        return new SemanticModel(this, tree);
    }
}
