using Directions.Compiler;
using Directions.Compiler.Differencing;
using Directions.Compiler.Formatting;
using Directions.Compiler.Syntax;
using static Directions.Tests.Review.ReviewFixture;

namespace Directions.Tests.Review;

/// <summary>The textconv view: only a change in meaning changes its lines.</summary>
public sealed class SemanticViewTests
{
    private static string View(string text)
    {
        var tree = SyntaxTree.Parse(text, "visits.pd");
        return SemanticView.Write(DirectionCompilation.Create([tree, Vocabulary]), tree);
    }

    [Fact]
    public void Reordering_reformatting_and_commenting_leave_the_view_unchanged()
    {
        var text = Direction.ReplaceLineEndings("\n");
        var rules = text.Split("\n\nrule ");
        var reordered = string.Join("\n\nrule ", new[] { rules[0] }.Concat(rules.Skip(1).Reverse()))
            .Replace("cites \"T-01\", \"T-02\"", "CITES \"T-02\",\"T-01\"  # both", StringComparison.Ordinal);

        Assert.Equal(View(text), View(DirectionFormatter.Format(reordered, "visits.pd")));
        Assert.Equal(View(text), View(reordered));
    }

    [Fact]
    public void A_changed_limit_changes_exactly_the_line_of_its_rule()
    {
        var before = View(Direction).Split('\n');
        var after = View(Edit(("max 8 weeks", "max 10 weeks"))).Split('\n');

        var changed = before.Zip(after).Where(p => p.First != p.Second).ToList();

        var (old, @new) = Assert.Single(changed);
        Assert.StartsWith("  CIN visit: ", old, StringComparison.Ordinal);
        Assert.Contains("56 days (8 weeks)", old, StringComparison.Ordinal);
        Assert.Contains("70 days (10 weeks)", @new, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vocabulary_is_viewed_as_its_terms_sorted_by_name()
    {
        var view = SemanticView.Write(DirectionCompilation.Create([Vocabulary]), Vocabulary);

        var terms = view.Split('\n').Where(l => l.StartsWith("term '", StringComparison.Ordinal)).ToList();
        Assert.True(terms.Count > 50);
        var names = terms.Select(t => t[6..t.IndexOf("' is ", StringComparison.Ordinal)]).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        Assert.Contains("term 'CIN visit' is an event: rows of visits where kind is \"CIN\" and child_seen, dated by date.", terms);
    }
}
