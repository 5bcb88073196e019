using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Directions.Compiler;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Emit;

namespace Directions.Cli.Commands;

/// <summary>
/// `directions build FILE_OR_DIR... [--out DIR] [--emit-cs]`: compiles directions and prints their
/// diagnostics; with --out, writes one rule assembly (.dll and portable .pdb) per direction version,
/// and with --emit-cs the generated C# beside them for review. Assemblies come from the cache
/// (see <see cref="RuleAssemblyCache"/>) when their inputs have not changed.
/// </summary>
public static class BuildCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("paths")
        {
            Description = ".pd files, or folders searched for .pd files. A vocabulary.pd beside or above them is used when none is given.",
            Arity = ArgumentArity.OneOrMore,
        };
        var vocabulary = new Option<string[]>("--vocabulary")
        {
            Description = "Vocabulary files to use instead of looking for vocabulary.pd.",
        };
        var output = new Option<string?>("--out")
        {
            Description = "Write a rule assembly (.dll and .pdb) for each direction version into this folder.",
        };
        var emitCs = new Option<bool>("--emit-cs")
        {
            Description = "With --out, also write the generated C# of each rule assembly (.g.cs), for review.",
        };
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Compile every assembly with Roslyn, ignoring and not filling the cache ($DIRECTIONS_CACHE or .directions-cache/).",
        };
        var command = new Command("build", "Compile directions and report mistakes as path(line,col): error DIR1234: message; with --out, write rule assemblies.")
        {
            inputs,
            vocabulary,
            output,
            emitCs,
            noCache,
        };
        command.SetAction(result => Run(
            result.GetValue(inputs) ?? [], result.GetValue(vocabulary) ?? [], Console.Out, Console.Error,
            new BuildOptions(result.GetValue(output), result.GetValue(emitCs), result.GetValue(noCache))));
        return command;
    }

    /// <summary>Runs the build without writing assemblies; returns 0 when there are no errors, 1 when there are, 2 when the inputs cannot be read.</summary>
    public static int Run(IReadOnlyList<string> paths, IReadOnlyList<string> vocabularies, TextWriter output, TextWriter error) =>
        Run(paths, vocabularies, output, error, new BuildOptions(null, false, false));

    /// <summary>Runs the build; returns 0 when there are no errors, 1 when there are (internal errors in generated code included), 2 when the inputs cannot be read or the output cannot be written.</summary>
    public static int Run(IReadOnlyList<string> paths, IReadOnlyList<string> vocabularies, TextWriter output, TextWriter error, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.EmitCSharp && options.OutputFolder is null)
        {
            error.WriteLine("error: --emit-cs writes the generated C# beside the assemblies: give a folder with --out.");
            return 2;
        }

        var sources = SourceSet.Collect(paths, vocabularies, error);
        if (sources is null)
            return 2;

        var compilation = DirectionCompilation.Create(sources.Trees);
        var diagnostics = compilation.GetDiagnostics().ToList();
        foreach (var diagnostic in diagnostics)
            output.WriteLine(diagnostic.ToString());

        var written = 0;
        if (options.OutputFolder is { } folder && !diagnostics.Any(d => d.IsError))
        {
            var emitted = WriteAssemblies(compilation, folder, options, output, error);
            if (emitted is null)
                return 2;
            diagnostics.AddRange(emitted.Value.Diagnostics);
            written = emitted.Value.Written;
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var assemblies = options.OutputFolder is null ? string.Empty : $", {written} rule assembl{(written == 1 ? "y" : "ies")} in {options.OutputFolder}";
        output.WriteLine($"{sources.DirectionFileCount} file(s): {errors} error(s), {warnings} warning(s){assemblies}.");
        return errors > 0 ? 1 : 0;
    }

    private static (int Written, List<Diagnostic> Diagnostics)? WriteAssemblies(
        DirectionCompilation compilation, string folder, BuildOptions options, TextWriter output, TextWriter error)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{folder}: error: the output folder cannot be created: {ex.Message}");
            return null;
        }

        var sourceRoot = RuleAssemblyCache.FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var cache = options.NoCache ? null : RuleAssemblyCache.CreateDefault();
        var stopwatch = Stopwatch.StartNew();
        var results = RuleAssemblyBuilder.Build(compilation, cache, sourceRoot);
        stopwatch.Stop();
        var diagnostics = new List<Diagnostic>();
        var written = 0;
        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
            foreach (var diagnostic in result.Diagnostics)
                output.WriteLine(diagnostic.ToString());
            try
            {
                if (options.EmitCSharp)
                    File.WriteAllText(Path.Combine(folder, result.Source.AssemblyName + ".g.cs"), result.Source.Text);
                if (!result.Success)
                    continue;
                File.WriteAllBytes(Path.Combine(folder, result.AssemblyFileName), result.Assembly!);
                File.WriteAllBytes(Path.Combine(folder, result.PdbFileName), result.Pdb!);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{folder}: error: cannot write {result.AssemblyFileName}: {ex.Message}");
                return null;
            }

            written++;
            var manifest = result.Source.Plan.Manifest;
            output.WriteLine($"{manifest.Id} {manifest.Version}: {Path.Combine(folder, result.AssemblyFileName)} ({(result.FromCache ? "from the cache" : "compiled")})");
        }

        var compiled = results.Count(r => !r.FromCache);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{compiled} compiled with Roslyn, {results.Length - compiled} from the cache{(cache is null ? " (not used)" : $" ({cache.Folder})")}, in {stopwatch.Elapsed.TotalSeconds:0.00} s."));
        return (written, diagnostics);
    }
}

/// <summary>What `directions build` writes besides diagnostics.</summary>
/// <param name="OutputFolder">Where rule assemblies go; null to write none.</param>
/// <param name="EmitCSharp">Also write the generated C# (.g.cs) beside each assembly.</param>
/// <param name="NoCache">Compile with Roslyn even when the cache holds the assembly, and do not fill the cache.</param>
public sealed record BuildOptions(string? OutputFolder, bool EmitCSharp, bool NoCache);
