using Directions.Compiler.Syntax;

namespace Directions.Cli;

/// <summary>
/// The .pd files a command works on: the ones named (folders searched recursively), plus the
/// vocabulary: given with --vocabulary, or else the nearest vocabulary.pd beside or above the inputs.
/// </summary>
public sealed record SourceSet(IReadOnlyList<SyntaxTree> Trees, int DirectionFileCount)
{
    /// <summary>The file name looked for when no vocabulary is given.</summary>
    public const string VocabularyFileName = "vocabulary.pd";

    /// <summary>Reads and parses the inputs; returns null (having said why) when a path does not exist.</summary>
    public static SourceSet? Collect(IReadOnlyList<string> paths, IReadOnlyList<string> vocabularies, TextWriter error)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.pd", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                error.WriteLine($"{path}: error: there is no such file or folder. Give a .pd file or a folder of them.");
                return null;
            }
        }

        foreach (var vocabulary in vocabularies)
        {
            if (!File.Exists(vocabulary))
            {
                error.WriteLine($"{vocabulary}: error: there is no such vocabulary file.");
                return null;
            }
        }

        var all = files.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var extra = vocabularies.Count > 0 ? vocabularies.ToList() : FindVocabulary(files, all);
        var trees = files.Concat(extra.Where(v => !all.Contains(Path.GetFullPath(v))))
            .Select(path => SyntaxTree.Load(Relative(path)))
            .ToList();
        return new SourceSet(trees, files.Count);
    }

    private static List<string> FindVocabulary(List<string> files, HashSet<string> given)
    {
        if (given.Any(f => Path.GetFileName(f).Equals(VocabularyFileName, StringComparison.OrdinalIgnoreCase)))
            return [];
        foreach (var file in files)
        {
            for (var dir = Path.GetDirectoryName(Path.GetFullPath(file)); dir is not null; dir = Path.GetDirectoryName(dir))
            {
                var candidate = Path.Combine(dir, VocabularyFileName);
                if (File.Exists(candidate))
                    return [candidate];
                var shared = Path.Combine(dir, "directions", VocabularyFileName);
                if (File.Exists(shared))
                    return [shared];
            }
        }

        return [];
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
