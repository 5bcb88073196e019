using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using Directions.Runtime.Rules;

namespace Directions.Runtime.Loading;

/// <summary>
/// Loads compiled rule assemblies (made by <c>directions build --out DIR</c>), each into its own
/// collectible <see cref="AssemblyLoadContext"/>. Directions.Runtime, NodaTime and
/// System.Collections.Immutable resolve to the host's own copies, so the rule types the assembly uses
/// are the host's types. Before an assembly is handed out it is checked:
/// <list type="bullet">
/// <item>it carries <c>[assembly: CompiledDirection(typeof(...))]</c> naming a public type that implements <see cref="ICompiledDirection"/>;</item>
/// <item>its manifest names the direction (id, version) and lists its source files, the direction's own file among them;</item>
/// <item>every source's text in the manifest, and every source embedded as a manifest resource, has the SHA-256 the manifest records.</item>
/// </list>
/// Otherwise <see cref="RuleAssemblyException"/> says what is wrong, and nothing stays loaded.
/// </summary>
/// <example>
/// <code>
/// var rules = RuleAssemblyLoader.Load("rules/Directions.Generated.Direction_bristol_cin_2021_1.dll");
/// var evaluator = new RuleEvaluator([rules.Build()]);
/// var findings = evaluator.Evaluate(caseload, new LocalDate(2025, 3, 31));
/// </code>
/// </example>
public static class RuleAssemblyLoader
{
    /// <summary>The prefix of the manifest resources that hold a rule assembly's sources; the rest of the name is the source's path.</summary>
    public const string SourceResourcePrefix = "Directions.Source:";

    /// <summary>Loads and checks the rule assembly at <paramref name="path"/>, with the PDB beside it when there is one (for line numbers in stack traces).</summary>
    public static RuleAssembly Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] assembly;
        try
        {
            assembly = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RuleAssemblyException(path, "cannot be read: " + ex.Message, ex);
        }

        var pdbPath = Path.ChangeExtension(path, ".pdb");
        var pdb = File.Exists(pdbPath) ? File.ReadAllBytes(pdbPath) : null;
        return Load(assembly, pdb, path);
    }

    /// <summary>Loads and checks every rule assembly (<c>*.dll</c>) in a folder, in file-name order.</summary>
    public static ImmutableArray<RuleAssembly> LoadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
            throw new RuleAssemblyException(folder, "there is no such folder.");
        return [.. Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal).Select(Load)];
    }

    /// <summary>Loads and checks a rule assembly from its bytes, and its portable PDB's when given; <paramref name="name"/> names it in messages.</summary>
    public static RuleAssembly Load(byte[] assembly, byte[]? pdb = null, string name = "rule assembly")
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var context = new RuleAssemblyLoadContext(name);
        try
        {
            Assembly loaded;
            try
            {
                using var image = new MemoryStream(assembly, writable: false);
                using var symbols = pdb is null ? null : new MemoryStream(pdb, writable: false);
                loaded = context.LoadFromStream(image, symbols);
            }
            catch (BadImageFormatException ex)
            {
                throw new RuleAssemblyException(name, "is not a .NET assembly.", ex);
            }

            var direction = Instantiate(loaded, name);
            Verify(loaded, direction.Manifest, name);
            return new RuleAssembly(name, context, loaded, direction);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    /// <summary>Lower-case hex SHA-256 of bytes, as manifests record it.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static ICompiledDirection Instantiate(Assembly assembly, string name)
    {
        CompiledDirectionAttribute? attribute;
        try
        {
            attribute = assembly.GetCustomAttribute<CompiledDirectionAttribute>();
        }
        catch (Exception ex) when (ex is TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException or CustomAttributeFormatException)
        {
            throw new RuleAssemblyException(name, "is not a valid rule assembly: its [CompiledDirection] attribute cannot be read (" + ex.Message + ").", ex);
        }

        if (attribute is null)
            throw new RuleAssemblyException(name, "is not a rule assembly: it has no [assembly: CompiledDirection(...)] attribute, so it holds no compiled direction. Build rule assemblies with 'directions build --out DIR'.");
        var type = attribute.Type;
        if (!typeof(ICompiledDirection).IsAssignableFrom(type) || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
            throw new RuleAssemblyException(name, $"is not a valid rule assembly: its [CompiledDirection] type '{type.FullName}' is not a concrete ICompiledDirection with a public parameterless constructor.");
        try
        {
            return (ICompiledDirection)Activator.CreateInstance(type)!;
        }
        catch (TargetInvocationException ex)
        {
            throw new RuleAssemblyException(name, $"is not a valid rule assembly: its direction '{type.FullName}' failed to start ({ex.InnerException?.Message}).", ex.InnerException ?? ex);
        }
    }

    private static void Verify(Assembly assembly, DirectionManifest? manifest, string name)
    {
        if (manifest is null || string.IsNullOrWhiteSpace(manifest.Id) || string.IsNullOrWhiteSpace(manifest.Version))
            throw new RuleAssemblyException(name, "has no valid manifest: a rule assembly's manifest names its direction's id and version.");
        if (manifest.Sources.IsDefaultOrEmpty)
            throw new RuleAssemblyException(name, $"has no valid manifest: direction '{manifest.Id}' version {manifest.Version} lists no source files.");
        if (!manifest.Sources.Any(s => s.Path == manifest.SourceFile))
            throw new RuleAssemblyException(name, $"has no valid manifest: its direction's file '{manifest.SourceFile}' is not among its sources.");

        var resources = assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(SourceResourcePrefix, StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var source in manifest.Sources)
        {
            if (source is null || source.Path is null || source.Text is null || source.Sha256 is null)
                throw new RuleAssemblyException(name, "has no valid manifest: a source file entry is incomplete.");
            var textHash = Sha256(System.Text.Encoding.UTF8.GetBytes(source.Text));
            if (!string.Equals(textHash, source.Sha256, StringComparison.OrdinalIgnoreCase))
                throw new RuleAssemblyException(name, $"has been altered since it was compiled: the text of '{source.Path}' in its manifest does not match the SHA-256 recorded for it ({source.Sha256}; the text has {textHash}). Rebuild it from the direction's source.");

            var resourceName = SourceResourcePrefix + source.Path;
            if (!resources.Remove(resourceName))
                throw new RuleAssemblyException(name, $"has no valid manifest: the source '{source.Path}' its manifest lists is not embedded in the assembly.");
            using var stream = assembly.GetManifestResourceStream(resourceName)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var resourceHash = Sha256(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            if (!string.Equals(resourceHash, source.Sha256, StringComparison.OrdinalIgnoreCase))
                throw new RuleAssemblyException(name, $"has been altered since it was compiled: the embedded source '{source.Path}' does not match the SHA-256 its manifest records ({source.Sha256}; the embedded text has {resourceHash}). Rebuild it from the direction's source.");
        }

        if (resources.Count > 0)
            throw new RuleAssemblyException(name, $"has no valid manifest: it embeds sources its manifest does not list ({string.Join(", ", resources.Order(StringComparer.Ordinal).Select(r => r[SourceResourcePrefix.Length..]))}).");
    }

    /// <summary>A collectible context per rule assembly; the runtime and its dependencies are the host's own.</summary>
    private sealed class RuleAssemblyLoadContext(string name) : AssemblyLoadContext("Directions rule assembly: " + name, isCollectible: true)
    {
        private static readonly ImmutableDictionary<string, Assembly> Shared =
            new[] { typeof(ICompiledDirection).Assembly, typeof(NodaTime.LocalDate).Assembly, typeof(ImmutableArray).Assembly }
                .ToImmutableDictionary(a => a.GetName().Name!, StringComparer.OrdinalIgnoreCase);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name is { } simpleName && Shared.TryGetValue(simpleName, out var shared) ? shared : null;
    }
}
