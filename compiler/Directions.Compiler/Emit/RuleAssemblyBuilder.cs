using System.Collections.Immutable;
using System.Globalization;
using Directions.Compiler.Lowering;

namespace Directions.Compiler.Emit;

/// <summary>
/// The whole way from a compilation to rule assemblies: plan each direction version, emit its C#, and
/// take its assembly from the cache or compile it with Roslyn. Used by <c>directions build --out</c>,
/// and by anything that wants compiled rules (load the bytes with <c>RuleAssemblyLoader.Load</c>).
/// Never throws; a compilation with errors gives no assemblies.
/// </summary>
public static class RuleAssemblyBuilder
{
    /// <summary>
    /// Builds one rule assembly per direction version, in the compilation's order. With no
    /// <paramref name="cache"/>, every assembly is compiled with Roslyn. <paramref name="sourceRoot"/> is
    /// mapped away from paths in the PDBs. Assembly names are unique: two directions whose ids differ only
    /// in punctuation (which sanitising removes) get a counter on the later one.
    /// </summary>
    public static ImmutableArray<RuleAssemblyResult> Build(DirectionCompilation compilation, RuleAssemblyCache? cache = null, string? sourceRoot = null)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var results = ImmutableArray.CreateBuilder<RuleAssemblyResult>();
        foreach (var plan in RulePlanner.Plan(compilation))
        {
            var generated = CSharpEmitter.Emit(plan);
            for (var counter = 2; !names.Add(generated.AssemblyName); counter++)
                generated = generated with { AssemblyName = $"{CSharpEmitter.Namespace}.{generated.ClassName}_{counter.ToString(CultureInfo.InvariantCulture)}" };
            results.Add(cache is null ? RuleAssemblyCompiler.Compile(generated, sourceRoot) : cache.GetOrCompile(generated, sourceRoot));
        }

        return results.ToImmutable();
    }
}
