using System.Collections.Immutable;
using Directions.Compiler.Diagnostics;

namespace Directions.Compiler.Emit;

/// <summary>
/// What compiling one direction version into a rule assembly gave: the assembly and its portable PDB
/// (null when it failed), the diagnostics (DIR9001 internal errors, at the direction's lines), and
/// whether the bytes came from the cache rather than from Roslyn.
/// </summary>
public sealed record RuleAssemblyResult(
    GeneratedDirection Source,
    byte[]? Assembly,
    byte[]? Pdb,
    ImmutableArray<Diagnostic> Diagnostics,
    bool FromCache)
{
    /// <summary>True when there is an assembly.</summary>
    public bool Success => Assembly is not null;

    /// <summary>The file name the assembly is written under: the assembly name and <c>.dll</c>.</summary>
    public string AssemblyFileName => Source.AssemblyName + ".dll";

    /// <summary>The file name of the PDB: the assembly name and <c>.pdb</c>.</summary>
    public string PdbFileName => Source.AssemblyName + ".pdb";
}
