using System.Diagnostics;
using System.Text;

namespace Directions.Cli.Review;

/// <summary>Reads files as they were at a revision, by running git. Every failure is a <see cref="ReviewInputException"/> saying what to do.</summary>
public sealed class GitRepository
{
    private GitRepository(string root) => Root = root;

    /// <summary>The repository's top folder.</summary>
    public string Root { get; }

    /// <summary>The repository that holds <paramref name="folder"/>.</summary>
    public static GitRepository Open(string folder)
    {
        var root = Run(folder, "rev-parse", "--show-toplevel").Trim();
        return new GitRepository(root);
    }

    /// <summary>The .pd files under <paramref name="path"/> (relative to the top folder) at <paramref name="revision"/>, as paths from the top folder.</summary>
    public IReadOnlyList<string> ListFiles(string revision, string path)
    {
        var listing = Run(Root, "ls-tree", "-r", "--name-only", "--full-tree", revision, "--", path.Length == 0 ? "." : path);
        return [.. listing.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(f => f.EndsWith(".pd", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];
    }

    /// <summary>True when <paramref name="path"/> exists at <paramref name="revision"/>.</summary>
    public bool Exists(string revision, string path)
    {
        try
        {
            Run(Root, "cat-file", "-e", $"{revision}:{path}");
            return true;
        }
        catch (ReviewInputException)
        {
            return false;
        }
    }

    /// <summary>The text of a file at a revision.</summary>
    public string Show(string revision, string path) => Run(Root, "show", $"{revision}:{path}");

    /// <summary>Checks that a revision exists.</summary>
    public void Verify(string revision) => Run(Root, "rev-parse", "--verify", "--quiet", $"{revision}^{{commit}}");

    /// <summary>A path as git names it: from the top folder, with '/'.</summary>
    public string RelativePath(string path)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(path)).Replace(Path.DirectorySeparatorChar, '/');
        return relative == "." ? string.Empty : relative;
    }

    private static string Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ReviewInputException("git could not be started.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ReviewInputException($"git could not be run ({e.Message}). Install git, or compare two files or folders instead.");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new ReviewInputException($"git {string.Join(' ', arguments)} failed: {error.Result.Trim()}");
            return output;
        }
    }
}
