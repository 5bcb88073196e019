using System.Text.RegularExpressions;
using Directions.Cli.Commands;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Compilation;

/// <summary>`directions build`: exit codes and what it prints, called in process through <see cref="BuildCommand.Run"/>.</summary>
public sealed partial class CliBuildTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "directions-cli-tests-" + Guid.NewGuid().ToString("N"));

    public CliBuildTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string VocabularyPath => Repository.PathOf("directions", "vocabulary.pd");

    private const string DirectionWithAMistake = """
        direction "Visits"
          issued by "Test Council", source "visits.pd"
          version 1, effective from 2021-09-01

        rule "CIN visits"
          cites "S000-07"
          CIN vist every 4 weeks
        """;

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int ExitCode, string Output, string Error) Run(IReadOnlyList<string> paths, IReadOnlyList<string> vocabularies)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = BuildCommand.Run(paths, vocabularies, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    [GeneratedRegex(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>DIR\d{4}): (?<message>.+)$")]
    private static partial Regex DiagnosticLine();

    [Fact]
    public void Build_of_the_directions_folder_succeeds()
    {
        var (exitCode, output, error) = Run([Repository.PathOf("directions")], []);

        Assert.True(exitCode == 0, output + error);
        Assert.Equal(string.Empty, error);
        Assert.Contains("0 error(s)", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Lines(output), l => DiagnosticLine().Match(l) is { Success: true } m && m.Groups["severity"].Value == "error");
        Assert.Matches(@"^\d+ file\(s\): 0 error\(s\), \d+ warning\(s\)\.$", Lines(output)[^1]);
    }

    [Fact]
    public void Build_of_a_file_in_the_directions_folder_finds_the_vocabulary_beside_it()
    {
        var (exitCode, output, error) = Run([Repository.PathOf("directions", "bristol-cin-2021.pd")], []);

        Assert.True(exitCode == 0, output + error);
        Assert.Equal("1 file(s): 0 error(s), 0 warning(s).", Lines(output)[^1]);
    }

    [Fact]
    public void Build_of_a_file_with_a_mistake_fails_and_prints_where_it_is()
    {
        var path = WriteFile("visits.pd", DirectionWithAMistake);

        var (exitCode, output, error) = Run([path], [VocabularyPath]);

        Assert.True(exitCode == 1, output + error);
        Assert.Equal(string.Empty, error);
        var lines = Lines(output);
        Assert.Equal(2, lines.Length);
        var match = DiagnosticLine().Match(lines[0]);
        Assert.True(match.Success, lines[0]);
        Assert.Equal(Path.GetFullPath(path), Path.GetFullPath(match.Groups["path"].Value));
        Assert.Equal("7", match.Groups["line"].Value);
        Assert.Equal("3", match.Groups["column"].Value);
        Assert.Equal("error", match.Groups["severity"].Value);
        Assert.Equal("DIR2001", match.Groups["id"].Value);
        Assert.Equal("'CIN vist' is not a term I know. Did you mean 'CIN visit'?", match.Groups["message"].Value);
        Assert.EndsWith("(7,3): error DIR2001: 'CIN vist' is not a term I know. Did you mean 'CIN visit'?", lines[0], StringComparison.Ordinal);
        Assert.Equal("1 file(s): 1 error(s), 0 warning(s).", lines[1]);
    }

    [Fact]
    public void Build_prints_warnings_but_succeeds_when_there_are_only_warnings()
    {
        var path = WriteFile("visits.pd", DirectionWithAMistake.Replace("CIN vist every 4 weeks", "CIN visit bi-monthly", StringComparison.Ordinal));

        var (exitCode, output, error) = Run([path], [VocabularyPath]);

        Assert.True(exitCode == 0, output + error);
        var lines = Lines(output);
        Assert.EndsWith("(7,13): warning DIR2012: 'bi-monthly' can mean 'every two months' or twice in that time; I read it as every 2 months. Write 'every 2 months' to say so plainly.", lines[0], StringComparison.Ordinal);
        Assert.Equal("1 file(s): 0 error(s), 1 warning(s).", lines[^1]);
    }

    [Fact]
    public void Build_of_a_folder_with_a_mistake_fails()
    {
        WriteFile("good.pd", DirectionWithAMistake.Replace("CIN vist", "CIN visit", StringComparison.Ordinal).Replace("\"Visits\"", "\"Good visits\"", StringComparison.Ordinal));
        WriteFile("bad.pd", DirectionWithAMistake);

        var (exitCode, output, error) = Run([_folder], [VocabularyPath]);

        Assert.True(exitCode == 1, output + error);
        var diagnostic = Assert.Single(Lines(output), l => DiagnosticLine().IsMatch(l));
        Assert.Contains("bad.pd(7,3): error DIR2001:", diagnostic, StringComparison.Ordinal);
        Assert.Equal("2 file(s): 1 error(s), 0 warning(s).", Lines(output)[^1]);
    }

    [Fact]
    public void Build_without_any_vocabulary_says_so()
    {
        var path = WriteFile("visits.pd", DirectionWithAMistake.Replace("CIN vist", "CIN visit", StringComparison.Ordinal));

        var (exitCode, output, _) = Run([path], []);

        Assert.Equal(1, exitCode);
        Assert.Contains("(1,1): error DIR2035: I have no vocabulary to look terms up in.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_of_a_missing_path_fails_and_names_it()
    {
        var missing = Path.Combine(_folder, "no-such-direction.pd");

        var (exitCode, output, error) = Run([missing], []);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.Contains("there is no such file or folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_a_missing_vocabulary_fails_and_names_it()
    {
        var path = WriteFile("visits.pd", DirectionWithAMistake);
        var missing = Path.Combine(_folder, "no-such-vocabulary.pd");

        var (exitCode, output, error) = Run([path], [missing]);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }
}
