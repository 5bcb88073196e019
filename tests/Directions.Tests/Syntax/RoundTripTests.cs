using System.Text;
using Directions.Compiler.Syntax;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Syntax;

/// <summary>
/// Full fidelity: whatever the text, parsing never throws and printing the tree gives back the
/// text character for character, with every character in exactly one token or piece of trivia.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> DirectionFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Repository.DirectionFiles())
            data.Add(file);
        return data;
    }

    [Fact]
    public void The_repository_has_direction_files_to_test()
    {
        var files = Repository.DirectionFiles();

        Assert.Contains("directions/bristol-cin-2021.pd", files);
        Assert.Contains("directions/vocabulary.pd", files);
        Assert.Contains("tests/Directions.Tests/Samples/card.pd", files);
    }

    [Theory]
    [MemberData(nameof(DirectionFiles))]
    public void Every_direction_file_round_trips(string file)
    {
        var text = File.ReadAllText(Repository.PathOf(file));

        var tree = SyntaxTree.Parse(text, file);

        Assert.Equal(text, tree.Root.ToString());
        SyntaxTreeAssert.HasFullFidelity(tree);
    }

    public static TheoryData<string, string> TrickyTexts() => new()
    {
        { "empty file", "" },
        { "one newline", "\n" },
        { "only blank lines", "\n\n\r\n\r\r\n" },
        { "blank lines with spaces", "direction \"D\"\n   \n\t\n \t \r\n rule \"R\"\n    \n" },
        { "CRLF", "direction \"D\"\r\n  version 1, effective from 2021-09-01\r\nrule \"R\"\r\n  CIN visit every 4 weeks\r\n" },
        { "lone CR", "direction \"D\"\r  version 1\rrule \"R\"\r  CIN visit every 4 weeks\r" },
        { "mixed line breaks", "direction \"D\"\n\rrule \"R\"\r\n\n\r  CIN visit every 4 weeks\r\n\r" },
        { "tabs", "direction\t\"D\"\n\trule\t\"R\"\n\t\tCIN\tvisit\tevery\t4\tweeks\n" },
        { "trailing spaces", "direction \"D\"   \nrule \"R\" \t \n  CIN visit every 4 weeks    \n   " },
        { "no final newline", "direction \"D\"\nrule \"R\"\n  CIN visit every 4 weeks" },
        { "no final newline after a comment", "direction \"D\"\nrule \"R\"\n  CIN visit every 4 weeks # four weekly" },
        { "no final newline after spaces", "direction \"D\"\nrule \"R\"\n  CIN visit every 4 weeks   " },
        { "only comments", "# one\n# two\r\n   # three\r#\n#" },
        { "comments everywhere", "# head\ndirection \"D\" # title\n# between\n  version 1, # after a comma\n  effective from 2021-09-01#tight\nrule \"R\"#x\n  # before a clause\n  CIN visit every 4 weeks # tail\n# end" },
        { "a hash inside quotes", "direction \"D # not a comment\"\nrule \"R\"\n  quote \"#1 priority\"\n" },
        { "curly quotes", "direction \u201CD\u201D\nrule \u201CCIN visits\u201D\n  quote \u201CThe child\u2019s record\u201D\n  \u201CCIN visit\u201D every 4 weeks\n" },
        { "escaped quotes", "direction \"The \\\"D\\\"\"\nrule \"a \\\\ b\"\n" },
        { "unterminated string", "direction \"D\nrule \"R\n  quote \"never closed\n  CIN visit every 4 weeks\n" },
        { "unterminated curly string", "direction \u201CD\nrule \"R\"\n  quote \u201Cnever closed\u201C\n" },
        { "bad characters", "direction \"D\" @\nrule \"R\"\n  CIN visit every 4 weeks ! ; $ \u00A3 & * ?\n  @@@\n" },
        { "emoji", "direction \"D \uD83D\uDE00\"\nrule \"R\"\n  CIN visit \uD83D\uDE00 every 4 weeks\n\uD83D\uDE00\n" },
        { "lone surrogates", "direction \"D\"\n\uD83D\n\uDE00 rule\n\uDE00\uD83D\n" },
        { "byte order mark and zero-width characters", "\uFEFFdirection \"D\"\n\u200Brule \"R\"\n" },
        { "malformed dates", "direction \"D\"\n  effective from 21/09/2021\n  effective from 21-09-2021 until 2021/09/21\n  effective from 2021-9-1\n" },
        { "a line of only a full stop", "." },
        { "lines of full stops", ".\n..\n . \n.\n" },
        { "full stops at line ends", "direction \"D\".\nrule \"R\".\n  CIN visit every 4 weeks.\n" },
        { "only punctuation", ",:.,:\n:\n,\n" },
        { "a NUL character", "direction \"D\"\0\nrule\0\"R\"\n" },
        { "line and paragraph separators", "direction \"D\"\u2028rule \"R\"\u2029\n" },
        { "non-breaking spaces", "direction\u00A0\"D\"\nrule \"R\"\n\u00A0\u00A0CIN visit every\u00A04 weeks\n" },
        { "a vocabulary", "vocabulary \"V\"\nevent \"x\" means visits where kind is \"CIN\" and child_seen.\n  also \"y\", \"z\"\ncohort \"c\" means a.b is not yes or not c\n" },
        { "keywords in capitals", "DIRECTION \"D\"\nRULE \"R\"\n  CIN VISIT EVERY 4 WEEKS UNLESS RECORDED RATIONALE, MAX 6\n" },
        { "numbers and words stuck together", "direction \"D\"\nrule \"R\"\n  CIN visit every 4weeks max6 4-weekly4 2021-09-01x 1.2.3.4\n" },
        { "a quote at the end of the file", "direction \"D\"\nrule \"R\"\n  quote \"" },
        { "a backslash at the end of a string", "direction \"D\\\"\nrule \"R\\\\\"\n" },
    };

    [Theory]
    [MemberData(nameof(TrickyTexts))]
    public void Tricky_texts_round_trip(string name, string text)
    {
        Assert.False(string.IsNullOrEmpty(name));

        var tree = SyntaxTree.Parse(text);

        Assert.Equal(text, tree.Root.ToString());
        SyntaxTreeAssert.HasFullFidelity(tree);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(20_000)]
    public void Very_long_lines_round_trip(int length)
    {
        var requirement = new StringBuilder("  ");
        while (requirement.Length < length)
            requirement.Append("CIN visit ");
        requirement.Append("every 4 weeks");
        var quote = "  quote \"" + new string('x', length) + "\"";
        var garbage = string.Concat(Enumerable.Repeat("@ 4 , :", length / 7));
        var text = $"direction \"D\"\nrule \"R\"\n{requirement}\n{quote}\n{garbage}\n{new string(' ', length)}\n";

        var tree = SyntaxTree.Parse(text);

        Assert.Equal(text, tree.Root.ToString());
        SyntaxTreeAssert.HasFullFidelity(tree);
        Assert.Equal(["DIR1001"], tree.Diagnostics.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(GeneratedSource.Seeds), MemberType = typeof(GeneratedSource))]
    public void Generated_texts_round_trip(int seed)
    {
        var text = GeneratedSource.Create(seed);

        var tree = SyntaxTree.Parse(text);

        SyntaxTreeAssert.HasFullFidelity(tree);
    }

    [Fact]
    public void Generated_texts_are_the_same_for_the_same_seed_and_differ_between_seeds()
    {
        Assert.Equal(GeneratedSource.Create(42), GeneratedSource.Create(42));
        var distinct = Enumerable.Range(0, GeneratedSource.CaseCount).Select(GeneratedSource.Create).Distinct().Count();
        Assert.True(distinct > GeneratedSource.CaseCount * 9 / 10, $"Only {distinct} of {GeneratedSource.CaseCount} generated texts differ.");
    }

    [Fact]
    public void Generated_texts_reach_every_kind_of_line()
    {
        // The generator is only useful if it gets past the first tokens of a line.
        var kinds = Enumerable.Range(0, GeneratedSource.CaseCount)
            .Select(seed => SyntaxTree.Parse(GeneratedSource.Create(seed)))
            .SelectMany(tree => tree.Root.DescendantNodesAndSelf())
            .Select(node => node.Kind)
            .ToHashSet();

        SyntaxKind[] wanted =
        [
            SyntaxKind.DirectionDeclaration, SyntaxKind.VocabularyDeclaration, SyntaxKind.RuleDeclaration, SyntaxKind.TermDeclaration,
            SyntaxKind.HeaderLine, SyntaxKind.ClauseLine, SyntaxKind.AlsoLine, SyntaxKind.ErroneousLine,
            SyntaxKind.WhenClause, SyntaxKind.ExceptClause, SyntaxKind.RoleClause, SyntaxKind.DeadlineTiming, SyntaxKind.BinaryCondition,
            SyntaxKind.BadCharacterToken, SyntaxKind.UnterminatedStringToken, SyntaxKind.MalformedDateToken,
        ];
        Assert.Empty(wanted.Except(kinds));
    }

    [Fact]
    public void Trivia_are_kept_with_the_tokens_they_belong_to()
    {
        var tree = SyntaxTree.Parse("# head\ndirection \"D\"  # title\n\n  version 1\n");
        var tokens = tree.Root.DescendantTokens().ToList();

        var direction = tokens[0];
        Assert.Equal(SyntaxKind.DirectionKeyword, direction.Kind);
        Assert.Equal(["# head", "\n"], direction.LeadingTrivia.Select(t => t.Text));
        Assert.Equal([SyntaxKind.CommentTrivia, SyntaxKind.EndOfLineTrivia], direction.LeadingTrivia.Select(t => t.Kind));

        var title = tokens[1];
        Assert.Equal(["  ", "# title"], title.TrailingTrivia.Select(t => t.Text));

        var lineEnd = tokens[2];
        Assert.Equal(SyntaxKind.NewLineToken, lineEnd.Kind);
        Assert.Equal("\n", lineEnd.Text);
        Assert.Empty(lineEnd.TrailingTrivia);

        var version = tokens[3];
        Assert.Equal(SyntaxKind.VersionKeyword, version.Kind);
        Assert.Equal(["\n", "  "], version.LeadingTrivia.Select(t => t.Text));
        Assert.Equal([SyntaxKind.EndOfLineTrivia, SyntaxKind.WhitespaceTrivia], version.LeadingTrivia.Select(t => t.Kind));
    }

    [Fact]
    public void Parsing_a_file_keeps_its_path()
    {
        var tree = SyntaxTree.Parse("direction \"D\"\n", "some/where.pd");

        Assert.Equal("some/where.pd", tree.FilePath);
        Assert.Same(tree, tree.Root.SyntaxTree);
    }

    [Fact]
    public void Empty_line_end_of_the_last_line_is_placed_after_its_trailing_trivia()
    {
        var tree = SyntaxTree.Parse("direction \"D\"\nrule \"R\"\n  CIN visit every 4 weeks # four weekly");

        SyntaxTreeAssert.HasFullFidelity(tree);
        var lineEnd = tree.Root.DescendantTokens().Single(t => t.Kind == SyntaxKind.NewLineToken && t.Text.Length == 0);
        Assert.Equal(tree.Text.Length, lineEnd.Position);
    }

    [Theory]
    [InlineData("direction \"D\"\nrule \"R\"\n  CIN visit every 4 weeks")]
    [InlineData("direction \"D\"\nrule \"R\"\n  CIN visit every 4 weeks\n")]
    [InlineData("direction \"D\"\nrule \"R\"\n  CIN visit every 4 weeks\n# end")]
    public void Empty_line_ends_are_where_they_should_be_when_no_trivia_follows(string text)
    {
        SyntaxTreeAssert.HasFullFidelity(SyntaxTree.Parse(text));
    }
}
