using Directions.Compiler;
using Directions.Compiler.Binding;
using Directions.Compiler.Describing;
using Directions.Compiler.Symbols;
using Directions.Tests.Binding;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Describing;

/// <summary>The plain English of rules, durations, directions and terms that hover and `directions render` share.</summary>
public sealed class DescriberTests
{
    private static RuleSymbol OnlyRule(string source)
    {
        var compilation = Compile.Direction(source);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        return Assert.Single(Assert.Single(compilation.Directions).Rules);
    }

    [Theory]
    [InlineData(4, TimeUnit.Weeks, "28 days (4 weeks)", "28 days")]
    [InlineData(1, TimeUnit.Weeks, "7 days (1 week)", "7 days")]
    [InlineData(20, TimeUnit.WorkingDays, "20 working days", "20 working days")]
    [InlineData(3, TimeUnit.Months, "3 calendar months (3 months)", "3 calendar months")]
    [InlineData(1, TimeUnit.Years, "12 calendar months (1 year)", "12 calendar months")]
    [InlineData(72, TimeUnit.Hours, "72 hours", "72 hours")]
    [InlineData(1, TimeUnit.Days, "1 day", "1 day")]
    public void A_duration_is_described_with_its_unit_resolved(int count, TimeUnit unit, string described, string resolved)
    {
        var duration = new Duration(count, unit);
        Assert.Equal(described, DurationDescriber.Describe(duration));
        Assert.Equal(resolved, DurationDescriber.Resolve(duration));
    }

    [Fact]
    public void A_cadence_with_a_rationale_and_a_maximum_reads_as_the_policy_says_it()
    {
        var rule = OnlyRule(Compile.Rule("CIN visit every 4 weeks unless recorded rationale, max 6 weeks"));
        Assert.Equal(
            "CIN visit: must take place at least every 28 days (4 weeks); up to 42 days (6 weeks) while a recorded rationale is in force.",
            RuleDescriber.Describe(rule));
    }

    [Fact]
    public void A_cohort_exception_and_an_idiom_are_resolved_too()
    {
        var rule = OnlyRule(Compile.Rule("CIN visit fortnightly unless recorded rationale, max 6 weeks", "except long-term DCSS: max 8 weeks"));
        Assert.Equal(
            "CIN visit: must take place at least every 14 days (2 weeks); up to 42 days (6 weeks) while a recorded rationale is in force; "
            + "for long-term DCSS: up to 56 days (8 weeks) while a recorded rationale is in force.",
            RuleDescriber.Describe(rule));
    }

    [Fact]
    public void A_deadline_with_a_cadence_after_it_names_its_anchor()
    {
        var rule = OnlyRule(Compile.Rule("CIN review within 1 month of CIN plan start, then every 3 months"));
        Assert.Equal(
            "CIN review: must take place within 1 calendar month (1 month) of CIN plan start, then at least every 3 calendar months (3 months).",
            RuleDescriber.Describe(rule));
    }

    [Fact]
    public void An_action_with_a_reason_and_a_role_line_read_as_sentences()
    {
        Assert.Equal(
            "Every assessment: must be shared with family, unless a reason is recorded.",
            RuleDescriber.Describe(OnlyRule(Compile.Rule("assessment shared with family unless recorded reason"))));
        Assert.Equal(
            "Every CIN review: must be chaired by a qualified social worker.",
            RuleDescriber.Describe(OnlyRule(Compile.Rule("CIN review chaired by qualified social worker"))));
    }

    [Fact]
    public void Every_rule_of_the_real_directions_is_described_in_whole_sentences()
    {
        var compilation = DirectionCompilation.Create(
            Directory.EnumerateFiles(Repository.PathOf("directions"), "*.pd").Select(Compiler.Syntax.SyntaxTree.Load));
        var rules = compilation.Directions.SelectMany(d => d.Rules).ToList();
        Assert.NotEmpty(rules);
        foreach (var rule in rules.Where(r => !r.Requirements.IsEmpty))
        {
            var text = RuleDescriber.Describe(rule);
            Assert.True(char.IsUpper(text[0]) && text.EndsWith('.'), $"{rule.Name}: {text}");
            Assert.DoesNotContain("  ", text);
        }
    }

    [Fact]
    public void A_direction_says_its_version_and_dates()
    {
        var compilation = Compile.Direction("""
            direction "Visits"
              id "visits", issued by "Test Council", source "t.pd"
              version 2, effective from 2023-04-01 until 2024-03-31
              supersedes "visits" version 1

            rule "R"
              cites "1.1"
              CIN visit every 4 weeks
            """);
        var direction = Assert.Single(compilation.Directions);
        Assert.Equal("visits version 2, in force from 1 April 2023 until 31 March 2024; supersedes visits version 1", DirectionDescriber.DescribeVersion(direction));
        Assert.StartsWith("Visits, issued by Test Council. visits version 2", DirectionDescriber.Describe(direction));
    }

    [Fact]
    public void A_term_says_what_it_maps_to_and_its_other_names()
    {
        var term = DirectionCompilation.Create([Compile.Vocabulary]).Vocabulary.Find("CIN visit");
        Assert.NotNull(term);
        var text = TermDescriber.Describe(term);
        Assert.StartsWith("'CIN visit' is an event: rows of visits where kind is \"CIN\" and child_seen", text);
        Assert.Contains("Also written: 'CIN visits'", text);
    }
}
