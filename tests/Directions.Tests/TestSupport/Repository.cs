namespace Directions.Tests.TestSupport;

/// <summary>Finds files of the repository from a running test, wherever the test binaries are.</summary>
public static class Repository
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds Directions.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path inside the repository, from parts relative to its root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Every .pd file in the real directions and in the test samples, as paths relative to the root with '/' separators, sorted.</summary>
    public static IReadOnlyList<string> DirectionFiles() =>
        new[] { "directions", Path.Combine("tests", "Directions.Tests", "Samples") }
            .Select(folder => PathOf(folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.pd", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directions.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"No Directions.sln in {AppContext.BaseDirectory} or any folder above it.");
    }
}
