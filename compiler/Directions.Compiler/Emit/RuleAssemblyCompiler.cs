using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Text;
using Directions.Runtime.Loading;
using Directions.Runtime.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Diagnostic = Directions.Compiler.Diagnostics.Diagnostic;
using RoslynSourceText = Microsoft.CodeAnalysis.Text.SourceText;
using SourceText = Directions.Compiler.Text.SourceText;

namespace Directions.Compiler.Emit;

/// <summary>
/// Compiles the generated C# of a direction version with Roslyn into a rule assembly and its portable PDB:
/// optimised, deterministic (the same C# gives byte-identical files), nullable enabled, referencing only the
/// framework, Directions.Runtime, NodaTime and System.Collections.Immutable. The PDB embeds the .pd source
/// texts (and the generated C#), so a debugger shows the direction's own lines; the assembly embeds the
/// sources again as manifest resources, which the loader checks against the manifest's hashes.
/// Roslyn errors are internal errors (DIR9001) at the line of the direction the failing code maps to.
/// Never throws.
/// </summary>
public static partial class RuleAssemblyCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);
    private static long _compilations;

    /// <summary>How many times this process has called Roslyn to compile a rule assembly (cache hits do not count).</summary>
    public static long Compilations => Interlocked.Read(ref _compilations);

    /// <summary>The language version generated code is written in; fixed, so a newer Roslyn reads it the same way.</summary>
    public static LanguageVersion LanguageVersion => LanguageVersion.CSharp12;

    /// <summary>
    /// Compiles generated C#. <paramref name="sourceRoot"/>, when given, is mapped away from every path
    /// written into the PDB (Roslyn's pathmap), so the PDB names files relative to it.
    /// </summary>
    public static RuleAssemblyResult Compile(GeneratedDirection source, string? sourceRoot = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            return CompileCore(source, sourceRoot);
        }
        catch (Exception ex)
        {
            // Roslyn or the file system failing is still an internal error, reported, not thrown.
            var location = LocationOf(source, source.Plan.Manifest.SourceFile, 0);
            return new RuleAssemblyResult(source, null, null, [Diagnostic.Create(EmitDiagnostics.GeneratedCodeDoesNotCompile, location, ex.GetType().Name + ": " + ex.Message)], FromCache: false);
        }
    }

    private static RuleAssemblyResult CompileCore(GeneratedDirection source, string? sourceRoot)
    {
        Interlocked.Increment(ref _compilations);
        var sources = source.Plan.Manifest.Sources;
        var parseOptions = new CSharpParseOptions(LanguageVersion, DocumentationMode.None);
        var tree = CSharpSyntaxTree.ParseText(
            RoslynSourceText.From(source.Text, Encoding.UTF8, Microsoft.CodeAnalysis.Text.SourceHashAlgorithm.Sha256),
            parseOptions, path: CSharpEmitter.Namespace + "/" + source.FileName);

        var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                deterministic: true,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: false)
            .WithSourceReferenceResolver(new SourceFileResolver([], baseDirectory: null, PathMap(sourceRoot)));
        var compilation = CSharpCompilation.Create(source.AssemblyName, [tree], LazyReferences.Value, options);

        var emitOptions = new EmitOptions(
            debugInformationFormat: DebugInformationFormat.PortablePdb,
            pdbFilePath: source.AssemblyName + ".pdb",
            pdbChecksumAlgorithm: HashAlgorithmName.SHA256);
        var resources = sources.Select(s => new ResourceDescription(
            RuleAssemblyLoader.SourceResourcePrefix + s.Path, () => new MemoryStream(Encoding.UTF8.GetBytes(s.Text)), isPublic: true));
        var embedded = sources
            .Select(s => EmbeddedText.FromSource(CSharpText.DirectivePath(s.Path), RoslynSourceText.From(s.Text, Encoding.UTF8, Microsoft.CodeAnalysis.Text.SourceHashAlgorithm.Sha256)))
            .Append(EmbeddedText.FromSource(tree.FilePath, tree.GetText()));

        using var peStream = new MemoryStream();
        using var pdbStream = new MemoryStream();
        var result = compilation.Emit(peStream, pdbStream, manifestResources: resources, embeddedTexts: embedded, options: emitOptions);
        if (result.Success)
            return new RuleAssemblyResult(source, peStream.ToArray(), pdbStream.ToArray(), [], FromCache: false);

        var diagnostics = result.Diagnostics
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .Select(d => ToDiagnostic(source, d))
            .ToImmutableArray();
        return new RuleAssemblyResult(source, null, null, diagnostics, FromCache: false);
    }

    /// <summary>The framework (System.*, netstandard, mscorlib) from the host's trusted platform assemblies, plus the runtime and its dependencies.</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => Path.GetFileName(path) is var name &&
                           (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"));
        var own = new[] { typeof(RuleSpec).Assembly, typeof(NodaTime.LocalDate).Assembly, typeof(ImmutableArray).Assembly }
            .Select(a => a.Location);
        return [.. platform.Concat(own)
            .Where(path => path.Length > 0)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }

    private static ImmutableArray<KeyValuePair<string, string>> PathMap(string? sourceRoot)
    {
        if (string.IsNullOrEmpty(sourceRoot))
            return [];
        var root = Path.GetFullPath(sourceRoot).Replace('\\', '/').TrimEnd('/') + "/";
        return [new(root, string.Empty)];
    }

    /// <summary>A Roslyn error as DIR9001, at the direction line its code maps to through #line.</summary>
    private static Diagnostic ToDiagnostic(GeneratedDirection source, Microsoft.CodeAnalysis.Diagnostic error)
    {
        var message = $"{error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        var mapped = error.Location.GetMappedLineSpan();
        var hidden = error.Location.SourceTree is { } tree && tree.GetLineVisibility(error.Location.SourceSpan.Start) != LineVisibility.Visible;
        if (mapped.IsValid && mapped.HasMappedPath && !hidden)
            return Diagnostic.Create(EmitDiagnostics.GeneratedCodeDoesNotCompile, LocationOf(source, mapped.Path, mapped.StartLinePosition.Line), message);

        // Hidden plumbing: the nearest #line above it says which rule or requirement it belongs to.
        var line = error.Location.IsInSource ? error.Location.GetLineSpan().StartLinePosition.Line : -1;
        var generated = source.Text.Split('\n');
        for (var i = Math.Min(line, generated.Length - 1); i >= 0; i--)
        {
            if (LineDirective().Match(generated[i]) is { Success: true } match)
                return Diagnostic.Create(EmitDiagnostics.GeneratedCodeDoesNotCompile, LocationOf(source, match.Groups["path"].Value, int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1), message);
        }

        return Diagnostic.Create(EmitDiagnostics.GeneratedCodeDoesNotCompile, LocationOf(source, source.Plan.Manifest.SourceFile, 0), message);
    }

    /// <summary>The whole of a zero-based line of one of the direction's source files (the direction's own file when the path is not one of them).</summary>
    private static TextLocation LocationOf(GeneratedDirection source, string path, int line)
    {
        var sources = source.Plan.Manifest.Sources;
        var file = sources.FirstOrDefault(s => s.Path == path || CSharpText.DirectivePath(s.Path) == path)
                   ?? sources.FirstOrDefault(s => s.Path == source.Plan.Manifest.SourceFile);
        var text = SourceText.From(file?.Text ?? string.Empty, file?.Path ?? source.Plan.Manifest.SourceFile);
        if (text.Lines.IsEmpty)
            return new TextLocation(text, new TextSpan(0, 0));
        var textLine = text.Lines[Math.Clamp(line, 0, text.Lines.Length - 1)];
        return new TextLocation(text, new TextSpan(textLine.Start, textLine.Length));
    }

    [GeneratedRegex("^#line (?<line>[0-9]+) \"(?<path>[^\"]*)\"")]
    private static partial Regex LineDirective();
}
