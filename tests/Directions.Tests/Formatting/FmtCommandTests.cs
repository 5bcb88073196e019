using Directions.Cli.Commands;

namespace Directions.Tests.Formatting;

/// <summary>`directions fmt [--check]`: rewriting in place, the check's list and hints, exit codes.</summary>
public sealed class FmtCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "directions-fmt-tests-" + Guid.NewGuid().ToString("N"));

    public FmtCommandTests() => Directory.CreateDirectory(Path.Combine(_folder, "sub"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Untidy = "direction \"D\"\nversion 1, effective from 2021-09-01   \nRULE \"R\"\n  cites \"S\"\n    CIN visit every 4 weeks";
    private const string Tidy = "direction \"D\"\n  version 1, effective from 2021-09-01\n\nrule \"R\"\n  cites \"S\"\n  CIN visit every 4 weeks\n";

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int ExitCode, string Output, string Error) Run(bool check, params string[] paths)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = FmtCommand.Run(paths, check, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_lists_the_files_that_would_change_with_a_hint_and_exits_1_without_writing()
    {
        var untidy = Write(Path.Combine("sub", "untidy.pd"), Untidy);
        var tidy = Write("tidy.pd", Tidy);

        var (exitCode, output, _) = Run(true, _folder);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{untidy}: not formatted", output, StringComparison.Ordinal);
        Assert.DoesNotContain($"{tidy}: not formatted", output, StringComparison.Ordinal);
        Assert.Contains("  line 2:\n    -version 1, effective from 2021-09-01<3 trailing spaces>\n    +  version 1, effective from 2021-09-01\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("2 files checked: 1 not formatted", output, StringComparison.Ordinal);
        Assert.Equal(Untidy, File.ReadAllText(untidy));
    }

    [Fact]
    public void Fmt_rewrites_files_in_place_leaves_no_temporary_file_and_then_the_check_passes()
    {
        var untidy = Write("untidy.pd", Untidy);
        var tidy = Write("tidy.pd", Tidy);
        var tidyWritten = File.GetLastWriteTimeUtc(tidy);

        var (exitCode, output, _) = Run(false, _folder);

        Assert.Equal(0, exitCode);
        Assert.Equal(Tidy, File.ReadAllText(untidy));
        Assert.Contains($"formatted {untidy}", output, StringComparison.Ordinal);
        Assert.DoesNotContain($"formatted {tidy}", output, StringComparison.Ordinal);
        Assert.Equal(tidyWritten, File.GetLastWriteTimeUtc(tidy));
        Assert.Equal(["tidy.pd", "untidy.pd"], Directory.EnumerateFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(0, Run(true, untidy, tidy).ExitCode);
    }

    [Fact]
    public void A_missing_path_is_an_error_naming_it_with_exit_code_2()
    {
        var (exitCode, _, error) = Run(true, Path.Combine(_folder, "nowhere.pd"));

        Assert.Equal(2, exitCode);
        Assert.Contains("nowhere.pd: error: there is no such file or folder", error, StringComparison.Ordinal);
    }
}
