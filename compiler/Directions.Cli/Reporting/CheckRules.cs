using System.Globalization;
using Directions.Compiler;
using Directions.Compiler.Emit;
using Directions.Compiler.Interpretation;
using Directions.Compiler.Lowering;
using Directions.Compiler.Syntax;
using Directions.Runtime.Loading;
using Directions.Runtime.Rules;

namespace Directions.Cli.Reporting;

/// <summary>How one direction version's rules were obtained.</summary>
/// <param name="DirectionId">The direction's id.</param>
/// <param name="Version">The version.</param>
/// <param name="How"><c>cache</c> (a compiled rule assembly read from the cache), <c>roslyn</c> (compiled now) or <c>interpreter</c>.</param>
public sealed record RuleOrigin(string DirectionId, string Version, string How);

/// <summary>
/// The rules of a folder of directions, ready for the evaluator: the directions are parsed and bound, and
/// each direction version becomes a rule assembly (from <see cref="RuleAssemblyCache"/> when its inputs have
/// not changed, else compiled with Roslyn and stored) loaded through <see cref="RuleAssemblyLoader"/>; or,
/// with the interpreter, specs built by <see cref="SpecInterpreter"/> without Roslyn. Dispose to unload the
/// assemblies.
/// </summary>
public sealed class CheckRules : IDisposable
{
    private readonly List<RuleAssembly> _assemblies;

    private CheckRules(IReadOnlyList<DirectionSpec> directions, IReadOnlyList<RuleOrigin> origins, List<RuleAssembly> assemblies, bool interpreted)
    {
        Directions = directions;
        Origins = origins;
        _assemblies = assemblies;
        Interpreted = interpreted;
    }

    /// <summary>The directions' rules, one spec per direction version.</summary>
    public IReadOnlyList<DirectionSpec> Directions { get; }

    /// <summary>Where each direction version's rules came from.</summary>
    public IReadOnlyList<RuleOrigin> Origins { get; }

    /// <summary>True when the rules are interpreted rather than compiled.</summary>
    public bool Interpreted { get; }

    /// <summary><c>compiled</c> or <c>interpreted</c>, as reports name it.</summary>
    public string RulesFrom => Interpreted ? "interpreted" : "compiled";

    /// <summary>The rules in all, over every direction version.</summary>
    public int RuleCount => Directions.Sum(d => d.Rules.Length);

    /// <summary>
    /// Parses and binds the .pd files of <paramref name="folder"/> (with the vocabulary in it, or the nearest
    /// vocabulary.pd above it) and builds their rules. Diagnostics go to <paramref name="error"/>; on an error
    /// in a direction (or an internal error compiling its rules) returns null with <paramref name="exitCode"/> 1.
    /// </summary>
    /// <param name="folder">The folder of directions.</param>
    /// <param name="interpret">Use the interpreter instead of compiled rule assemblies.</param>
    /// <param name="cache">The cache of rule assemblies; null to compile every assembly with Roslyn and store none.</param>
    /// <param name="error">Where diagnostics go.</param>
    /// <param name="exitCode">0, or 1 when there are errors, 2 when the folder cannot be read.</param>
    public static CheckRules? Load(string folder, bool interpret, RuleAssemblyCache? cache, TextWriter error, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(error);
        DirectionCompilation compilation;
        try
        {
            compilation = Compile(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{folder}: error: the directions cannot be read: {ex.Message}");
            exitCode = 2;
            return null;
        }

        var diagnostics = compilation.GetDiagnostics();
        foreach (var diagnostic in diagnostics)
            error.WriteLine(diagnostic.ToString());
        var errors = diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            error.WriteLine($"{errors.ToString(CultureInfo.InvariantCulture)} error(s) in the directions: fix them before they can be checked against case data. No report was written.");
            exitCode = 1;
            return null;
        }

        if (compilation.Directions.IsEmpty)
        {
            error.WriteLine($"{folder}: error: there are no directions in this folder.");
            exitCode = 2;
            return null;
        }

        if (interpret)
        {
            var plans = RulePlanner.Plan(compilation);
            exitCode = 0;
            return new CheckRules([.. plans.Select(p => SpecInterpreter.Build(p))],
                [.. plans.Select(p => new RuleOrigin(p.Manifest.Id, p.Manifest.Version, "interpreter"))], [], interpreted: true);
        }

        return Build(compilation, cache, SourceRoot(folder), error, out exitCode);
    }

    /// <summary>
    /// Parses and binds the .pd files of a folder, with the vocabulary in it or the nearest vocabulary.pd above it.
    /// Each file is named by its path from the repository's root (with '/'), so the rules compile to the same
    /// assembly, and hit the same cache entry, from any current folder. Throws IOException when a file cannot be read.
    /// </summary>
    public static DirectionCompilation Compile(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var root = RuleAssemblyCache.FindRepositoryRoot(folder);
        return DirectionCompilation.Create([.. SourceFiles(folder).Select(path => SyntaxTree.Parse(File.ReadAllText(path), DisplayPath(path, root)))]);
    }

    /// <summary>The folder mapped away from paths in the rule assemblies' PDBs: the repository's root, else the current folder.</summary>
    public static string SourceRoot(string folder) => RuleAssemblyCache.FindRepositoryRoot(folder) ?? Directory.GetCurrentDirectory();

    private static CheckRules? Build(DirectionCompilation compilation, RuleAssemblyCache? cache, string sourceRoot, TextWriter error, out int exitCode)
    {
        var assemblies = new List<RuleAssembly>();
        var origins = new List<RuleOrigin>();
        foreach (var result in RuleAssemblyBuilder.Build(compilation, cache, sourceRoot))
        {
            var plan = result.Source.Plan;
            foreach (var diagnostic in result.Diagnostics)
                error.WriteLine(diagnostic.ToString());
            if (!result.Success)
            {
                error.WriteLine($"{plan.Manifest.Id} {plan.Manifest.Version}: error: its rules could not be compiled (an internal error of the compiler). No report was written.");
                Unload(assemblies);
                exitCode = 1;
                return null;
            }

            try
            {
                assemblies.Add(RuleAssemblyLoader.Load(result.Assembly!, result.Pdb, result.AssemblyFileName));
            }
            catch (RuleAssemblyException ex)
            {
                error.WriteLine($"{plan.Manifest.Id} {plan.Manifest.Version}: error: {ex.Message}");
                Unload(assemblies);
                exitCode = 1;
                return null;
            }

            origins.Add(new RuleOrigin(plan.Manifest.Id, plan.Manifest.Version, result.FromCache ? "cache" : "roslyn"));
        }

        exitCode = 0;
        return new CheckRules([.. assemblies.Select(a => a.Build())], origins, assemblies, interpreted: false);
    }

    /// <summary>One line for the user on where the rules came from, e.g. "Rules: bristol-cin 2021.1 (12 rules): compiled rule assembly from the cache (no Roslyn)".</summary>
    public string Describe()
    {
        var parts = Directions.Zip(Origins, (d, o) =>
            $"{o.DirectionId} {o.Version} ({d.Rules.Length.ToString(CultureInfo.InvariantCulture)} rule{(d.Rules.Length == 1 ? "" : "s")}): " + o.How switch
            {
                "cache" => "compiled rule assembly from the cache (no Roslyn)",
                "roslyn" => "compiled with Roslyn (now in the cache)",
                _ => "interpreted (no Roslyn)",
            });
        return "Rules: " + string.Join("; ", parts);
    }

    /// <summary>Unloads the rule assemblies (the specs must no longer be used).</summary>
    public void Dispose() => Unload(_assemblies);

    private static void Unload(List<RuleAssembly> assemblies)
    {
        foreach (var assembly in assemblies)
            assembly.Unload();
        assemblies.Clear();
    }

    /// <summary>The .pd files of the folder, and the nearest vocabulary.pd above it when the folder has none.</summary>
    private static List<string> SourceFiles(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.pd", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Any(f => Path.GetFileName(f).Equals(SourceSet.VocabularyFileName, StringComparison.OrdinalIgnoreCase)))
            return files;
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(folder)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            foreach (var candidate in new[] { Path.Combine(dir, SourceSet.VocabularyFileName), Path.Combine(dir, "directions", SourceSet.VocabularyFileName) })
            {
                if (File.Exists(candidate))
                    return [.. files, candidate];
            }
        }

        return files;
    }

    /// <summary>
    /// The name a file goes by in diagnostics, citations and the rule assembly: its path from the repository's
    /// root (with '/'), so the rules compile to the same assembly, and hit the same cache entry, from any folder.
    /// </summary>
    private static string DisplayPath(string path, string? root)
    {
        var full = Path.GetFullPath(path);
        if (root is not null)
        {
            var relative = Path.GetRelativePath(root, full);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
                return relative.Replace('\\', '/');
        }

        var fromHere = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return fromHere.StartsWith("..", StringComparison.Ordinal) ? full : fromHere.Replace('\\', '/');
    }
}
