using System.Collections.Immutable;
using Directions.Compiler.Binding;
using Directions.Compiler.Diagnostics;
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

    private DirectionCompilation(ImmutableArray<SyntaxTree> syntaxTrees, CaseDataSchema schema)
    {
        SyntaxTrees = syntaxTrees;
        Schema = schema;
        _program = new Lazy<BoundProgram>(() => BoundProgram.Bind(SyntaxTrees, Schema), LazyThreadSafetyMode.ExecutionAndPublication);
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

    /// <summary>Makes a compilation from parsed files (directions and their vocabulary).</summary>
    public static DirectionCompilation Create(IEnumerable<SyntaxTree> syntaxTrees, CaseDataSchema? schema = null) =>
        new([.. syntaxTrees], schema ?? CaseDataSchema.Default);

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
