using System.Diagnostics;
using Directions.Cli.Commands;
using Directions.Cli.Review;
using Directions.Compiler.Differencing;
using Directions.Tests.TestSupport;
using static Directions.Tests.Review.ReviewFixture;

namespace Directions.Tests.Review;

/// <summary>
/// `directions diff --git` and the textconv driver, in a temporary git repository made by the test:
/// two commits of a direction, then `git diff` and `git log -p` with the set-up README.md gives.
/// </summary>
public sealed class GitIntegrationTests : IDisposable
{
    private readonly string _repository = Path.Combine(Path.GetTempPath(), "directions-git-tests-" + Guid.NewGuid().ToString("N"));

    public GitIntegrationTests()
    {
        Directory.CreateDirectory(Path.Combine(_repository, "directions"));
        Git("init", "--quiet");
        File.Copy(Repository.PathOf("directions", "vocabulary.pd"), Path.Combine(_repository, "directions", "vocabulary.pd"));
        File.WriteAllText(Path.Combine(_repository, "directions", "visits.pd"), Direction);
        Commit("First version");
        File.WriteAllText(Path.Combine(_repository, "directions", "visits.pd"), Edit(("max 8 weeks", "max 10 weeks"), ("version 2024.1", "version 2024.2")));
        Commit("Longer visits gap for long-term DCSS");
    }

    public void Dispose()
    {
        // git makes its object files read-only.
        foreach (var file in Directory.EnumerateFiles(_repository, "*", SearchOption.AllDirectories))
            File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(_repository, recursive: true);
    }

    private string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repository, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
        return output.ReplaceLineEndings("\n");
    }

    private void Commit(string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", message);
    }

    [Fact]
    public void Diff_git_compares_two_revisions_of_a_folder()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = DiffCommand.Run(new DiffOptions([Path.Combine(_repository, "directions")], "HEAD~1..HEAD", false, "text", false, []), output, error);

        Assert.True(exitCode == 1, error.ToString());
        var text = output.ToString().ReplaceLineEndings("\n");
        Assert.Contains("Changes in meaning from HEAD~1:directions to HEAD:directions:", text, StringComparison.Ordinal);
        Assert.Contains("visits-test 2024.1 -> 2024.2: \"Visiting children in need\" (directions/visits.pd)", text, StringComparison.Ordinal);
        Assert.Contains("CIN visit: maximum gap with a recorded rationale for long-term DCSS: 8 weeks -> 10 weeks (longer)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_git_with_one_revision_compares_it_with_the_files_as_they_are_now()
    {
        File.WriteAllText(Path.Combine(_repository, "directions", "visits.pd"), Edit(("max 8 weeks", "max 10 weeks"), ("version 2024.1", "version 2024.2"), ("every 4 weeks", "every 3 weeks")));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = DiffCommand.Run(new DiffOptions([Path.Combine(_repository, "directions")], "HEAD", false, "text", false, []), output, error);

        Assert.True(exitCode == 1, error.ToString());
        var text = output.ToString().ReplaceLineEndings("\n");
        Assert.Contains("visits-test 2024.2: \"Visiting children in need\" (directions/visits.pd)\n  rule \"CIN visits\"\n    CIN visit: usual gap: 4 weeks -> 3 weeks (shorter)\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(new)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("10 weeks", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_revision_is_exit_code_2_naming_git()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = DiffCommand.Run(new DiffOptions([Path.Combine(_repository, "directions")], "HEAD~5..HEAD", false, "text", false, []), output, error);

        Assert.Equal(2, exitCode);
        Assert.Contains("git", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_textconv_driver_git_diff_and_git_log_show_the_change_in_meaning_beside_the_text()
    {
        // The set-up README.md gives, with the test's build of the command.
        var cli = typeof(DiffCommand).Assembly.Location;
        File.WriteAllText(Path.Combine(_repository, ".gitattributes"), "*.pd diff=directions\n");
        Git("config", "diff.directions.textconv", $"dotnet \"{cli}\" diff --textconv");

        var diff = Git("diff", "HEAD~1", "HEAD", "--", "directions/visits.pd");
        var log = Git("log", "-p", "-1", "--", "directions/visits.pd");

        foreach (var output in new[] { diff, log })
        {
            // The text diff ...
            Assert.Contains("-  except long-term DCSS: max 8 weeks\n+  except long-term DCSS: max 10 weeks\n", output, StringComparison.Ordinal);
            // ... and, next to it, the change in what the rule means, in the hover's words.
            Assert.Contains(SemanticView.Heading, output, StringComparison.Ordinal);
            Assert.Contains("\n-direction \"Visiting children in need\": visits-test version 2024.1, in force from 1 January 2024\n", output, StringComparison.Ordinal);
            Assert.Contains("\n+direction \"Visiting children in need\": visits-test version 2024.2, in force from 1 January 2024\n", output, StringComparison.Ordinal);
            Assert.Matches(@"\n-  CIN visit: .*56 days.*\n(.*\n)*\+  CIN visit: .*70 days", output);
            Assert.DoesNotContain("error DIR", output, StringComparison.Ordinal);
        }
    }
}
