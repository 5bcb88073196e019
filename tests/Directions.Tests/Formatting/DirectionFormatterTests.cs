using Directions.Compiler;
using Directions.Compiler.Formatting;
using Directions.Compiler.Syntax;
using Directions.Compiler.Text;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Formatting;

/// <summary>The formatter: the canonical layout, idempotence, comments kept, meaning unchanged, lines with errors left alone, edits for a range.</summary>
public sealed class DirectionFormatterTests
{
    public static TheoryData<string> DirectionFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Repository.DirectionFiles())
            data.Add(file);
        return data;
    }

    private static string Format(string text) => DirectionFormatter.Format(text, "test.pd");

    [Theory]
    [MemberData(nameof(DirectionFiles))]
    public void Formatting_twice_gives_the_same_text_as_formatting_once(string file)
    {
        var once = Format(File.ReadAllText(Repository.PathOf(file)));

        Assert.Equal(once, Format(once));
    }

    [Theory]
    [MemberData(nameof(DirectionFiles))]
    public void Formatting_keeps_every_comment_and_every_token(string file)
    {
        var before = SyntaxTree.Parse(File.ReadAllText(Repository.PathOf(file)), file);
        var after = SyntaxTree.Parse(DirectionFormatter.Format(before), file);

        Assert.Equal(Comments(before), Comments(after));
        Assert.Equal(Tokens(before), Tokens(after));
        Assert.Equal(before.Diagnostics.Select(d => d.Id), after.Diagnostics.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(DirectionFiles))]
    public void Formatting_never_changes_what_a_file_means(string file)
    {
        var vocabulary = SyntaxTree.Load(Repository.PathOf("directions", "vocabulary.pd"));
        var tree = SyntaxTree.Load(Repository.PathOf(file));
        var formatted = SyntaxTree.Parse(DirectionFormatter.Format(tree), tree.FilePath);
        DirectionCompilation Compile(SyntaxTree t) =>
            DirectionCompilation.Create(file.EndsWith("vocabulary.pd", StringComparison.Ordinal) ? [t] : [t, vocabulary]);

        var before = BoundModelText.Of(Compile(tree));
        var after = BoundModelText.Of(Compile(formatted));

        Assert.Contains(file.EndsWith("vocabulary.pd", StringComparison.Ordinal) ? "term " : "rule '", before, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Lines_are_indented_and_spaced_canonically()
    {
        const string text = "DIRECTION   \"D\"\n      ISSUED  By \"Council\" ,source \"s\"\n\tversion 1 , effective from 2021-09-01\nRule \"R\"\ncites \"S1\"  ,  \"S2\"\n        CIN visit  EVERY 4 Weeks unless recorded rationale ,MAX 6 .\n    except long-term DCSS : max 8 weeks\n";

        Assert.Equal(
            "direction \"D\"\n  issued by \"Council\", source \"s\"\n  version 1, effective from 2021-09-01\n\nrule \"R\"\n  cites \"S1\", \"S2\"\n  CIN visit every 4 weeks unless recorded rationale, max 6.\n  except long-term DCSS: max 8 weeks\n",
            Format(text));
    }

    [Fact]
    public void Words_of_terms_and_quoted_text_keep_their_capitals()
    {
        const string text = "direction \"The RULE Book\"\n  version 1, effective from 2021-09-01\n\nrule \"R\"\n  CP Plan Ends within 3 Months of CIN Plan Start\n  \"Case Direction\" recorded\n";

        var formatted = Format(text);

        Assert.Contains("direction \"The RULE Book\"", formatted, StringComparison.Ordinal);
        Assert.Contains("  CP Plan Ends within 3 months of CIN Plan Start\n", formatted, StringComparison.Ordinal);
        Assert.Contains("  \"Case Direction\" recorded\n", formatted, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_lines_are_one_before_each_rule_none_inside_a_rule_and_none_at_either_end()
    {
        const string text = "\n\n\ndirection \"D\"\n\n  version 1, effective from 2021-09-01\n\n\n\nrule \"A\"\n\n  cites \"S1\"\n\n\n  CIN visit every 4 weeks\nrule \"B\"\n  cites \"S2\"\n\n\n\n";

        Assert.Equal(
            "direction \"D\"\n  version 1, effective from 2021-09-01\n\nrule \"A\"\n  cites \"S1\"\n  CIN visit every 4 weeks\n\nrule \"B\"\n  cites \"S2\"\n",
            Format(text));
    }

    [Fact]
    public void Trailing_spaces_go_and_the_file_ends_with_one_line_break()
    {
        Assert.Equal("direction \"D\"\n  version 1\n", Format("direction \"D\"   \n  version 1 \t"));
        Assert.Equal("direction \"D\"\n# end\n", Format("direction \"D\"\n# end   "));
        Assert.Equal(string.Empty, Format("\n\n  \n"));
    }

    [Fact]
    public void Comments_are_kept_those_above_a_line_take_its_indentation_and_end_of_line_comments_keep_their_column()
    {
        const string text = "# head\ndirection \"D\"   # title\n      # about the version\n  version 1,   effective from 2021-09-01            # aligned\nrule \"R\"\n# about the visits\n    CIN visit   every 4 weeks # tight\n\n    # loose, before a blank line\n\n# end\n";

        Assert.Equal(
            "# head\ndirection \"D\"   # title\n  # about the version\n  version 1, effective from 2021-09-01" + new string(' ', 14) + "# aligned\n\nrule \"R\"\n  # about the visits\n  CIN visit every 4 weeks # tight\n\n    # loose, before a blank line\n\n# end\n",
            Format(text));
    }

    [Fact]
    public void A_line_with_a_syntax_error_is_left_exactly_as_written()
    {
        const string text = "direction \"D\"\n  version 1, effective from 2021-09-01\n\nrule \"R\"\n     CIN visit EVERY   weeks  \n   cites   \"S1\"\n    quote \"unterminated   \n";

        var formatted = Format(text);

        Assert.Contains("\n     CIN visit EVERY   weeks  \n", formatted, StringComparison.Ordinal);
        Assert.Contains("\n  cites \"S1\"\n", formatted, StringComparison.Ordinal);
        Assert.Contains("\n    quote \"unterminated   \n", formatted, StringComparison.Ordinal);
        Assert.Equal(formatted, Format(formatted));
    }

    [Fact]
    public void Windows_line_breaks_stay_windows_line_breaks()
    {
        Assert.Equal("direction \"D\"\r\n  version 1\r\n\r\nrule \"R\"\r\n  cites \"S\"\r\n", Format("direction \"D\"\r\nversion 1\r\nrule \"R\"\r\n cites \"S\""));
    }

    [Fact]
    public void Dots_of_a_field_path_stay_together()
    {
        const string text = "vocabulary \"V\"\ncohort \"in DCSS\" means team.service_area is \"DCSS\"\n";

        Assert.Equal(text, Format(text));
    }

    [Fact]
    public void A_formatted_file_needs_no_edits_and_the_edits_rebuild_the_formatted_text()
    {
        const string text = "direction \"D\"\n version 1\nrule \"R\"\n  cites \"S\"\n    CIN visit every 4 weeks\n";
        var tree = SyntaxTree.Parse(text, "test.pd");

        var edits = DirectionFormatter.GetEdits(tree);

        Assert.Equal(DirectionFormatter.Format(tree), Apply(text, edits));
        Assert.True(DirectionFormatter.IsFormatted(SyntaxTree.Parse(DirectionFormatter.Format(tree), "test.pd")));
        Assert.False(DirectionFormatter.IsFormatted(tree));
    }

    [Fact]
    public void Edits_for_a_range_touch_only_the_lines_in_it()
    {
        const string text = "direction \"D\"\n version 1\n\nrule \"R\"\n  cites \"S\"\n    CIN visit   every 4 weeks\n";
        var tree = SyntaxTree.Parse(text, "test.pd");
        var visitLine = tree.Text.Lines[5];

        var edits = DirectionFormatter.GetEdits(tree, visitLine.Span);

        var edit = Assert.Single(edits);
        Assert.Equal("direction \"D\"\n version 1\n\nrule \"R\"\n  cites \"S\"\n  CIN visit every 4 weeks\n", Apply(text, edits));
        Assert.True(edit.Span.Start >= tree.Text.Lines[5].Start);
        Assert.Empty(DirectionFormatter.GetEdits(tree, new TextSpan(tree.Text.Lines[4].Start, 0)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("rule")]
    [InlineData("direction \"D\"\n  version\u00A01,\u00A0effective from 2021-09-01\n")]
    [InlineData("direction \"D\"\n\rrule \"R\"\r\n\n\r  CIN visit every 4 weeks\r\n\r")]
    [InlineData("\t\t# only a comment")]
    [InlineData("direction \u201CD\u201D\nrule \u201CR\u201D\n  quote \u201Cthe child\u2019s record\u201D\n  \u201CCIN visit\u201D every 4 weeks\n")]
    [InlineData("rule \"R\"\n  CIN visit every 4 weeks @ 5 \u00E9\u00E8 \uD83D\uDE00\n")]
    public void Odd_text_formats_without_throwing_and_idempotently(string text)
    {
        var once = Format(text);

        Assert.Equal(once, Format(once));
        Assert.Equal(Tokens(SyntaxTree.Parse(text)), Tokens(SyntaxTree.Parse(once)));
    }

    [Fact]
    public void Random_text_never_throws_and_formats_idempotently()
    {
        var random = new Random(20261123);
        string[] pieces = ["direction", "rule", "\"R\"", "CIN", "visit", "every", "4", "weeks", ",", ":", ".", "#c", "\n", "\n", "  ", "\t", "max", "except", "cites", "\"S\"", "\r\n", "“x", "2021-09-01", "version", "1.2", "within", "of", "referral"];
        for (var i = 0; i < 300; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? string.Empty : " ")));

            var once = Format(text);

            Assert.Equal(once, Format(once));
            Assert.Equal(Comments(SyntaxTree.Parse(text)), Comments(SyntaxTree.Parse(once)));
        }
    }

    private static string Apply(string text, IEnumerable<FormattingEdit> edits)
    {
        foreach (var edit in edits.OrderByDescending(e => e.Span.Start))
            text = text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
        return text;
    }

    private static List<string> Comments(SyntaxTree tree) =>
        [.. tree.Root.DescendantTokens().SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia)).Where(t => t.Kind == SyntaxKind.CommentTrivia).Select(t => t.Text.TrimEnd())];

    private static List<string> Tokens(SyntaxTree tree) =>
        [.. tree.Root.DescendantTokens().Where(t => t.Kind is not (SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken)).Select(t => $"{t.Kind} {(t.IsKeyword ? t.Text.ToLowerInvariant() : t.Text)}")];
}
