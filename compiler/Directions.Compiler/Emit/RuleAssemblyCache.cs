using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Directions.Compiler.Lowering;
using Directions.Runtime.Rules;

namespace Directions.Compiler.Emit;

/// <summary>
/// Compiled rule assemblies on disk, by a hash of everything that decides their bytes: the compiler's
/// version, <see cref="CSharpEmitter.Version"/>, Roslyn's version, the generated C#, the path mapped away
/// from the PDB, and the MVID of the Directions.Runtime the assembly is compiled against. The same inputs
/// give the same key, so a second build of unchanged directions reads two files and never calls Roslyn:
/// a hit creates no Roslyn object (the compile path is a separate method that a hit never runs), and
/// <see cref="RoslynCompilations"/> counts the calls that were made.
/// </summary>
/// <remarks>
/// The folder is <c>$DIRECTIONS_CACHE</c> when set, else <c>.directions-cache/</c> at the root of the
/// repository the current folder is in (the nearest folder above it with <c>.git</c> or a
/// <c>Directions.sln</c>), else in the current folder. Entries are <c>KEY.dll</c> and <c>KEY.pdb</c>,
/// written to a temporary file and renamed, so a reader never sees half a file; deleting the folder is
/// always safe. A cache that cannot be written is skipped, not an error.
/// </remarks>
public sealed class RuleAssemblyCache
{
    /// <summary>The environment variable that names the cache folder.</summary>
    public const string EnvironmentVariable = "DIRECTIONS_CACHE";

    /// <summary>The folder name used at the repository's root (listed in .gitignore).</summary>
    public const string DefaultFolderName = ".directions-cache";

    private long _hits;
    private long _misses;
    private long _roslynCompilations;

    /// <summary>A cache in <paramref name="folder"/> (created when first written).</summary>
    public RuleAssemblyCache(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The folder that holds the entries.</summary>
    public string Folder { get; }

    /// <summary>How many lookups found their assembly.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>How many lookups did not.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>How many times this cache called Roslyn (once per miss).</summary>
    public long RoslynCompilations => Interlocked.Read(ref _roslynCompilations);

    /// <summary>The cache in the default folder (see the remarks).</summary>
    public static RuleAssemblyCache CreateDefault() => new(DefaultFolder());

    /// <summary><c>$DIRECTIONS_CACHE</c>, or <c>.directions-cache</c> at the root of the repository holding <paramref name="start"/> (default: the current folder), or in it.</summary>
    public static string DefaultFolder(string? start = null)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        var from = Path.GetFullPath(start ?? Directory.GetCurrentDirectory());
        return Path.Combine(FindRepositoryRoot(from) ?? from, DefaultFolderName);
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds <c>.git</c> or <c>Directions.sln</c>; null when there is none.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git"))
                || File.Exists(Path.Combine(directory.FullName, "Directions.sln")))
                return directory.FullName;
        }

        return null;
    }

    /// <summary>The cache key of generated C#: lower-case hex SHA-256 of every input that decides the compiled bytes.</summary>
    public static string Key(GeneratedDirection source, string? sourceRoot = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var builder = new StringBuilder();
        void Add(string part) => builder.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part).Append('\n');
        Add("directions-rule-assembly");
        Add(RulePlanner.CompilerVersion);
        Add(CSharpEmitter.Version);
        Add(RoslynVersion);
        Add(typeof(RuleSpec).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        Add(string.IsNullOrEmpty(sourceRoot) ? string.Empty : Path.GetFullPath(sourceRoot).Replace('\\', '/').TrimEnd('/'));
        Add(source.AssemblyName);
        Add(source.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>
    /// The rule assembly of generated C#: from the cache when it holds the key, else compiled with Roslyn
    /// and stored. Never throws; a failed compile is returned with its diagnostics and not stored.
    /// </summary>
    public RuleAssemblyResult GetOrCompile(GeneratedDirection source, string? sourceRoot = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var key = Key(source, sourceRoot);
        if (TryRead(key) is { } hit)
        {
            Interlocked.Increment(ref _hits);
            return new RuleAssemblyResult(source, hit.Assembly, hit.Pdb, [], FromCache: true);
        }

        Interlocked.Increment(ref _misses);
        var result = CompileWithRoslyn(source, sourceRoot);
        if (result.Success)
            TryWrite(key, result.Assembly!, result.Pdb!);
        return result;
    }

    /// <summary>The only path to Roslyn; kept out of line so a cache hit never even compiles a call to it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private RuleAssemblyResult CompileWithRoslyn(GeneratedDirection source, string? sourceRoot)
    {
        Interlocked.Increment(ref _roslynCompilations);
        return RuleAssemblyCompiler.Compile(source, sourceRoot);
    }

    private (byte[] Assembly, byte[] Pdb)? TryRead(string key)
    {
        try
        {
            var dll = Path.Combine(Folder, key + ".dll");
            var pdb = Path.Combine(Folder, key + ".pdb");
            if (!File.Exists(dll) || !File.Exists(pdb))
                return null;
            return (File.ReadAllBytes(dll), File.ReadAllBytes(pdb));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void TryWrite(string key, byte[] assembly, byte[] pdb)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            // The PDB first: an entry counts only when its .dll is there, and then its .pdb is too.
            WriteAtomically(Path.Combine(Folder, key + ".pdb"), pdb);
            WriteAtomically(Path.Combine(Folder, key + ".dll"), assembly);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs the next run a compile.
        }
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "." + Environment.CurrentManagedThreadId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    private static string RoslynVersion =>
        typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
