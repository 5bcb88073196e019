namespace Directions.Cli.Review;

/// <summary>The two sides `diff` and `impact` compare, from OLD and NEW on disk or from two git revisions of one path.</summary>
public static class ReviewSides
{
    /// <summary>The path compared with --git when none is given.</summary>
    public const string DefaultGitPath = "directions";

    /// <summary>Opens both sides; throws <see cref="ReviewInputException"/> saying what is wrong with the inputs.</summary>
    public static (ReviewSide Before, ReviewSide After) Open(IReadOnlyList<string> paths, string? gitRange, IReadOnlyList<string> vocabularies)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(vocabularies);
        if (gitRange is { } range)
        {
            // REV alone compares that revision with the files as they are now.
            var revisions = range.Contains("..", StringComparison.Ordinal) ? range.Split("..", 2) : [range, string.Empty];
            if (revisions[0].Length == 0 || (revisions[1].Length == 0 && range.Contains("..", StringComparison.Ordinal)))
                throw new ReviewInputException($"--git: '{range}' is not a range; write REV1..REV2 (e.g. main~3..main), or REV to compare it with the files as they are now.");
            if (paths.Count > 1)
                throw new ReviewInputException($"--git compares one path at two revisions: give one PATH (default {DefaultGitPath}/).");

            var path = paths.Count == 1 ? paths[0] : DefaultGitPath;
            var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (!Directory.Exists(folder))
                throw new ReviewInputException($"{path}: there is no such folder here; run from inside the repository.");
            var repository = GitRepository.Open(folder);
            var before = ReviewSide.FromGit(repository, revisions[0], path);
            return (before, revisions[1].Length == 0 ? ReviewSide.FromWorkingTree(repository, path) : ReviewSide.FromGit(repository, revisions[1], path));
        }

        if (paths.Count != 2)
            throw new ReviewInputException("give OLD and NEW (files or folders), or --git REV1..REV2 [PATH].");

        // Two single files pair with each other whatever their names.
        var key = File.Exists(paths[0]) && File.Exists(paths[1]) ? paths[1] : null;
        return (ReviewSide.FromDisk(paths[0], vocabularies, key), ReviewSide.FromDisk(paths[1], vocabularies, key));
    }
}
