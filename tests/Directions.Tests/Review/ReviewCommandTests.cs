using System.Net;
using Directions.Cli.Commands;
using Directions.Cli.Review;
using Directions.Compiler.Differencing;
using Directions.Tests.TestSupport;
using static Directions.Tests.Review.ReviewFixture;

namespace Directions.Tests.Review;

/// <summary>`directions diff` and `directions render` on folders and files: output, Markdown, escaping, exit codes.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "directions-review-tests-" + Guid.NewGuid().ToString("N"));

    public ReviewCommandTests()
    {
        foreach (var side in new[] { "old", "new" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, side));
            File.Copy(Repository.PathOf("directions", "vocabulary.pd"), Path.Combine(_folder, side, "vocabulary.pd"));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string side, string name, string text)
    {
        var path = Path.Combine(_folder, side, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int ExitCode, string Output, string Error) Diff(params string[] arguments) => Diff(arguments, "text", textconv: false);

    private static (int ExitCode, string Output, string Error) Diff(IReadOnlyList<string> paths, string format, bool textconv, bool hide = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = DiffCommand.Run(new DiffOptions(paths, null, textconv, format, hide, []), output, error);
        return (exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }

    [Theory]
    [InlineData("fmt")]
    [InlineData("diff")]
    [InlineData("impact")]
    [InlineData("render")]
    public void The_command_line_has_the_command(string command)
    {
        Assert.Equal(0, Directions.Cli.Program.Main([command, "--help"]));
    }

    [Fact]
    public void Folders_are_compared_file_by_file_grouped_by_direction_and_rule_with_text_only_files_listed_apart()
    {
        Write("old", "visits.pd", Direction);
        Write("new", "visits.pd", Edit(("max 8 weeks", "max 10 weeks"), ("version 2024.1", "version 2024.2")));
        Write("old", "same.pd", Direction.Replace("visits-test", "same-test", StringComparison.Ordinal));
        Write("new", "same.pd", Direction.Replace("visits-test", "same-test", StringComparison.Ordinal).Replace("\n\n", "\n\n\n", StringComparison.Ordinal));

        var (exitCode, output, _) = Diff(Path.Combine(_folder, "old"), Path.Combine(_folder, "new"));

        Assert.Equal(1, exitCode);
        Assert.Contains("visits-test 2024.1 -> 2024.2: \"Visiting children in need\" (visits.pd)\n  version: 2024.1 -> 2024.2\n  rule \"CIN visits\"\n    CIN visit: maximum gap with a recorded rationale for long-term DCSS: 8 weeks -> 10 weeks (longer)\n", output, StringComparison.Ordinal);
        Assert.Contains("Text changed without a change in meaning:\n  same.pd: layout only (no change in meaning)\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("same-test", output, StringComparison.Ordinal);
        Assert.Contains("2 changes in meaning in 1 direction; 1 file changed in text only.", output, StringComparison.Ordinal);

        var hidden = Diff([Path.Combine(_folder, "old"), Path.Combine(_folder, "new")], "text", textconv: false, hide: true);
        Assert.DoesNotContain("same.pd", hidden.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_of_different_names_compare_and_no_change_in_meaning_exits_0()
    {
        var old = Write("old", "visits-2024.pd", Direction);
        var @new = Write("new", "visits-2025.pd", DirectionFormatterOutput());

        var (exitCode, output, _) = Diff(old, @new);

        Assert.Equal(0, exitCode);
        Assert.Contains("  none: no rule, direction or term changed in meaning.", output, StringComparison.Ordinal);
        Assert.Contains(": reworded or reordered (no change in meaning)", output, StringComparison.Ordinal);
    }

    private static string DirectionFormatterOutput() => Edit(("every 4 weeks", "4-weekly"));

    [Fact]
    public void Markdown_is_a_pull_request_comment_with_every_text_from_the_directions_escaped()
    {
        Write("old", "visits.pd", Direction);
        Write("new", "visits.pd", Edit(("rule \"Genogram\"", "rule \"<script>alert(1)</script> *bold* | pipe\"")));

        var (exitCode, output, _) = Diff([Path.Combine(_folder, "old"), Path.Combine(_folder, "new")], "md", textconv: false);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("### Directions: changes in meaning\n", output, StringComparison.Ordinal);
        Assert.Contains("#### visits-test 2024.1: Visiting children in need", output, StringComparison.Ordinal);
        Assert.Contains("- **Rule \"&lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\| pipe\"**", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_is_exit_code_2_with_what_to_do()
    {
        Assert.Equal(2, Diff(Path.Combine(_folder, "old")).ExitCode);
        var missing = Diff(Path.Combine(_folder, "old"), Path.Combine(_folder, "nowhere"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nowhere: error: there is no such file or folder", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, Diff([Path.Combine(_folder, "old"), Path.Combine(_folder, "new")], "pdf", textconv: false).ExitCode);
    }

    [Fact]
    public void Textconv_prints_the_file_then_what_it_means_with_rules_sorted_by_name()
    {
        var file = Write("new", "visits.pd", Direction);

        var (exitCode, output, _) = Diff([file], "text", textconv: true);

        Assert.Equal(0, exitCode);
        Assert.StartsWith(Direction.ReplaceLineEndings("\n"), output, StringComparison.Ordinal);
        var view = output[output.IndexOf(SemanticView.Heading, StringComparison.Ordinal)..];
        Assert.Contains("rule \"CIN visits\"\n  cites: T-01; T-02\n", view, StringComparison.Ordinal);
        Assert.True(view.IndexOf("rule \"CIN reviews chaired", StringComparison.Ordinal) < view.IndexOf("rule \"CIN visits\"", StringComparison.Ordinal));
        Assert.True(view.IndexOf("rule \"Family network meeting\"", StringComparison.Ordinal) < view.IndexOf("rule \"Genogram\"", StringComparison.Ordinal));
        Assert.DoesNotContain("error DIR", view, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_a_self_contained_escaped_html_page_in_the_hovers_english()
    {
        var file = Write("new", "visits.pd", Edit(("quote \"Children in need should be visited at least 4 weekly.\"", "quote \"<img src=x onerror=alert(1)> & \\\"quoted\\\"\"")));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = RenderCommand.Run([file], "html", null, [], output, error);

        var html = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("<img src=x onerror=alert(1)> & \"quoted\""), html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
        var compilation = Compile(File.ReadAllText(file), file);
        var rule = compilation.Directions[0].Rules[0];
        Assert.Contains(WebUtility.HtmlEncode(Compiler.Describing.RuleDescriber.Describe(rule)), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(Compiler.Describing.DirectionDescriber.DescribeVersion(compilation.Directions[0])), html, StringComparison.Ordinal);
        Assert.Contains("<h2>CIN visits</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_markdown_has_a_section_per_rule_with_its_citation()
    {
        var file = Write("new", "visits.pd", Direction);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = RenderCommand.Run([file], "md", null, [], output, error);

        var md = output.ToString().ReplaceLineEndings("\n");
        Assert.Equal(0, exitCode);
        Assert.StartsWith("# Visiting children in need\n", md, StringComparison.Ordinal);
        Assert.Contains("## CIN visits\n", md, StringComparison.Ordinal);
        Assert.Contains("*Cites T-01; T-02. visits-test version 2024.1, in force from 1 January 2024.*", md, StringComparison.Ordinal);
        Assert.Contains("> Children in need should be visited at least 4 weekly.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_refuses_directions_with_errors()
    {
        var file = Write("new", "visits.pd", Edit(("CIN visit every", "CIN vist every")));
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(1, RenderCommand.Run([file], "html", null, [], output, error));
        Assert.Empty(output.ToString());
        Assert.Contains("No page was written", error.ToString(), StringComparison.Ordinal);
    }
}
