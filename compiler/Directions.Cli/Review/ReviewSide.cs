using Directions.Compiler;
using Directions.Compiler.Syntax;

namespace Directions.Cli.Review;

/// <summary>
/// One side of a comparison: the directions and vocabulary of a file, a folder or a git revision,
/// compiled, with the key that pairs each file with its counterpart on the other side (its path
/// relative to the folder compared, or to the repository for git).
/// </summary>
public sealed class ReviewSide
{
    private readonly Dictionary<string, string> _keys;

    private ReviewSide(string label, IReadOnlyList<SyntaxTree> trees, Dictionary<string, string> keys)
    {
        Label = label;
        Compilation = DirectionCompilation.Create(trees);
        _keys = keys;
    }

    /// <summary>What the side is: a path or "REV:path".</summary>
    public string Label { get; }

    /// <summary>The side's files, compiled.</summary>
    public DirectionCompilation Compilation { get; }

    /// <summary>The key that pairs a file of this side with the other side's.</summary>
    public string KeyOf(SyntaxTree tree) => _keys.GetValueOrDefault(tree.FilePath, tree.FilePath);

    /// <summary>
    /// A file or folder on disk, with the vocabulary beside or above it (or the one given). A single
    /// file is keyed by <paramref name="fileKey"/>, so two files of different names still pair.
    /// </summary>
    public static ReviewSide FromDisk(string path, IReadOnlyList<string> vocabularies, string? fileKey = null)
    {
        using var error = new StringWriter();
        var sources = SourceSet.Collect([path], vocabularies, error) ?? throw new ReviewInputException(error.ToString().Trim());
        var folder = Directory.Exists(path) ? Path.GetFullPath(path) : null;
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tree in sources.Trees)
        {
            var full = Path.GetFullPath(tree.FilePath);
            var relative = folder is null ? null : Path.GetRelativePath(folder, full).Replace(Path.DirectorySeparatorChar, '/');
            keys[tree.FilePath] = relative is not null && !relative.StartsWith("..", StringComparison.Ordinal) ? relative
                : folder is null && full == Path.GetFullPath(path) ? fileKey ?? Path.GetFileName(path)
                : Path.GetFileName(full);
        }

        return new ReviewSide(path, sources.Trees, keys);
    }

    /// <summary>
    /// The .pd files under <paramref name="path"/> at a git revision, with the vocabulary.pd among
    /// them or the nearest one above the path at that revision.
    /// </summary>
    public static ReviewSide FromGit(GitRepository repository, string revision, string path)
    {
        ArgumentNullException.ThrowIfNull(repository);
        repository.Verify(revision);
        var relative = repository.RelativePath(path);
        var files = repository.ListFiles(revision, relative).ToList();
        if (!files.Any(f => Path.GetFileName(f).Equals(SourceSet.VocabularyFileName, StringComparison.OrdinalIgnoreCase)))
        {
            for (var folder = files.Count == 1 && files[0] == relative ? ParentOf(relative) : relative; folder is not null; folder = ParentOf(folder))
            {
                var candidate = folder.Length == 0 ? SourceSet.VocabularyFileName : $"{folder}/{SourceSet.VocabularyFileName}";
                if (repository.Exists(revision, candidate))
                {
                    files.Add(candidate);
                    break;
                }
            }
        }

        var trees = files.Select(f => SyntaxTree.Parse(repository.Show(revision, f), $"{revision}:{f}")).ToList();
        var keys = files.ToDictionary(f => $"{revision}:{f}", f => f, StringComparer.Ordinal);
        return new ReviewSide($"{revision}:{relative}", trees, keys);
    }

    /// <summary>
    /// The .pd files under <paramref name="path"/> as they are on disk now, with their vocabulary,
    /// keyed by their path in the repository so they pair with <see cref="FromGit"/>'s files.
    /// </summary>
    public static ReviewSide FromWorkingTree(GitRepository repository, string path)
    {
        ArgumentNullException.ThrowIfNull(repository);
        using var error = new StringWriter();
        var sources = SourceSet.Collect([path], [], error) ?? throw new ReviewInputException(error.ToString().Trim());
        var keys = sources.Trees.ToDictionary(t => t.FilePath, t => repository.RelativePath(t.FilePath), StringComparer.Ordinal);
        return new ReviewSide($"working tree:{repository.RelativePath(path)}", sources.Trees, keys);
    }

    private static string? ParentOf(string path)
    {
        if (path.Length == 0)
            return null;
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }
}
