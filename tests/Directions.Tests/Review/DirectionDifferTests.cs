using Directions.Compiler;
using Directions.Compiler.Differencing;
using Directions.Compiler.Formatting;
using Directions.Compiler.Syntax;
using Directions.Tests.TestSupport;
using static Directions.Tests.Review.ReviewFixture;

namespace Directions.Tests.Review;

/// <summary>The semantic diff: one test per kind of change, and changes that must never count as a change in meaning.</summary>
public sealed class DirectionDifferTests
{
    private static DirectionDiff Diff(string before, string after) =>
        DirectionDiffer.Compare(Compile(before, "old/visits.pd"), Compile(after, "new/visits.pd"), t => Path.GetFileName(t.FilePath));

    private static SemanticChange Single(string after)
    {
        var diff = Diff(Direction, after);
        Assert.Empty(diff.NewErrors);
        var direction = Assert.Single(diff.Directions);
        return Assert.Single(direction.Changes);
    }

    [Fact]
    public void The_fixture_compiles_without_errors_and_equals_itself()
    {
        var diff = Diff(Direction, Direction);

        Assert.Empty(diff.OldErrors);
        Assert.False(diff.HasChangesInMeaning);
        Assert.Empty(diff.Files);
    }

    [Fact]
    public void A_longer_limit_for_a_cohort_is_a_limit_change_of_that_rule()
    {
        var change = Single(Edit(("max 8 weeks", "max 10 weeks")));

        Assert.Equal(ChangeKind.LimitChanged, change.Kind);
        Assert.Equal("CIN visits", change.Rule);
        Assert.Equal("CIN visit: maximum gap with a recorded rationale for long-term DCSS: 8 weeks -> 10 weeks (longer)", change.Description);
    }

    [Fact]
    public void A_shorter_cadence_is_a_limit_change()
    {
        var change = Single(Edit(("every 4 weeks", "every 3 weeks")));

        Assert.Equal(ChangeKind.LimitChanged, change.Kind);
        Assert.Equal("CIN visit: usual gap: 4 weeks -> 3 weeks (shorter)", change.Description);
    }

    [Fact]
    public void Weeks_to_working_days_is_a_unit_change()
    {
        var change = Single(Edit(("within 12 weeks of", "within 60 working days of")));

        Assert.Equal(ChangeKind.UnitChanged, change.Kind);
        Assert.Equal("family network meeting: deadline after involvement start: 12 weeks -> 60 working days (unit changed: weeks -> working days)", change.Description);
    }

    [Fact]
    public void The_same_limit_written_another_way_is_no_change()
    {
        var diff = Diff(Direction, Edit(("every 4 weeks", "4-weekly"), ("max 8 weeks", "maximum eight weeks"), ("within 12 weeks", "within twelve weeks")));

        Assert.False(diff.HasChangesInMeaning);
        Assert.Equal(TextChangeKind.SameMeaning, Assert.Single(diff.Files).Kind);
    }

    [Fact]
    public void Cohorts_exceptions_and_roles_are_reported_as_such()
    {
        Assert.Equal(ChangeKind.CohortsChanged, Single(Edit(("  cites \"T-05\"\n", "  cites \"T-05\"\n  applies to disabled child\n"))).Kind);
        Assert.Equal(ChangeKind.ExceptionAdded, Single(Edit(("  except long-term DCSS: max 8 weeks\n", "  except long-term DCSS: max 8 weeks\n  except young person: every 3 weeks\n"))).Kind);
        Assert.Equal(ChangeKind.ExceptionRemoved, Single(Edit(("  except long-term DCSS: max 8 weeks\n", string.Empty))).Kind);

        var role = Single(Edit(("chaired by qualified social worker", "chaired by team manager")));
        Assert.Equal(ChangeKind.RoleChanged, role.Kind);
        Assert.Equal("CIN review: chaired by a qualified social worker -> by a team manager", role.Description);
    }

    [Fact]
    public void Version_dates_service_areas_and_citations_are_reported_as_such()
    {
        var header = Diff(Direction, Edit(("version 2024.1, effective from 2024-01-01", "version 2024.2, effective from 2024-06-01 until 2026-03-31"), ("\"DCSS\", ", string.Empty)));
        var changes = Assert.Single(header.Directions).Changes;

        Assert.Equal("visits-test 2024.1 -> 2024.2", header.Directions[0].Heading);
        Assert.Contains(changes, c => c.Kind == ChangeKind.VersionChanged && c.Description == "version: 2024.1 -> 2024.2");
        Assert.Contains(changes, c => c.Kind == ChangeKind.EffectiveDatesChanged && c.Description == "in force from: 2024-01-01 -> 2024-06-01");
        Assert.Contains(changes, c => c.Kind == ChangeKind.EffectiveDatesChanged && c.Description == "in force until: none -> 2026-03-31");
        Assert.Contains(changes, c => c.Kind == ChangeKind.ServiceAreasChanged && c.Description == "service areas: removed \"DCSS\"");
        Assert.All(changes, c => Assert.Null(c.Rule));

        var citation = Single(Edit(("cites \"T-01\", \"T-02\"", "cites \"T-01\", \"T-09\"")));
        Assert.Equal(ChangeKind.CitationsChanged, citation.Kind);
        Assert.Equal("citations: added \"T-09\"; removed \"T-02\"", citation.Description);
    }

    [Fact]
    public void Rules_added_removed_and_renamed()
    {
        var removed = Single(Edit(("rule \"Genogram\"\n  cites \"T-05\"\n  genogram recorded\n", string.Empty)));
        Assert.Equal(ChangeKind.RuleRemoved, removed.Kind);
        Assert.Equal("rule removed: \"Genogram\": Genogram: must be recorded.", removed.Description);

        var added = Single(Edit(("  genogram recorded\n", "  genogram recorded\n\nrule \"Chronology\"\n  cites \"T-06\"\n  chronology recorded\n")));
        Assert.Equal(ChangeKind.RuleAdded, added.Kind);
        Assert.Equal("Chronology", added.Rule);

        var renamed = Single(Edit(("rule \"Genogram\"", "rule \"A genogram on file\"")));
        Assert.Equal(ChangeKind.RuleRenamed, renamed.Kind);
    }

    [Fact]
    public void Allowances_and_timing_changes()
    {
        var allowance = Single(Edit(("unless recorded rationale, max 6", "unless recorded visiting rationale, max 6")));
        Assert.Equal(ChangeKind.AllowanceChanged, allowance.Kind);
        Assert.Equal("CIN visit: the record that allows longer changed: rationale -> visiting rationale", allowance.Description);
        Assert.Equal(ChangeKind.AllowanceChanged, Single(Edit(("  genogram recorded", "  genogram"))).Kind);

        var timing = Single(Edit(("family network meeting within 12 weeks of involvement start", "family network meeting every 12 weeks")));
        Assert.Equal(ChangeKind.TimingChanged, timing.Kind);
    }

    [Fact]
    public void A_reordered_reformatted_file_with_the_same_meaning_reports_no_rule_change()
    {
        var text = Direction.ReplaceLineEndings("\n");
        var rules = text.Split("\n\nrule ");
        var reordered = string.Join("\n\nrule ", new[] { rules[0] }.Concat(rules.Skip(1).Reverse()))
            .Replace("cites \"T-01\", \"T-02\"", "CITES \"T-02\",\"T-01\"", StringComparison.Ordinal)
            .Replace("  service areas \"DCSS\", \"Area Social Work Units\"", "  service areas \"Area Social Work Units\", \"DCSS\"", StringComparison.Ordinal)
            + "\n# a new comment\n";

        var diff = Diff(Direction, reordered);

        Assert.Empty(diff.NewErrors);
        Assert.False(diff.HasChangesInMeaning);
        Assert.Empty(diff.Directions);
        Assert.Equal(TextChangeKind.SameMeaning, Assert.Single(diff.Files).Kind);
    }

    [Fact]
    public void Layout_only_and_comment_only_changes_are_classed_as_such()
    {
        var layout = Diff(Direction, DirectionFormatter.Format(Direction.Replace("  CIN visit every", "      CIN   visit EVERY", StringComparison.Ordinal), "x.pd").Replace("\n\n", "\n\n\n", StringComparison.Ordinal));
        var comments = Diff(Direction, Direction.Replace("  cites \"T-03\"", "  # why twelve weeks\n  cites \"T-03\"  # the paragraph", StringComparison.Ordinal));

        Assert.False(layout.HasChangesInMeaning);
        Assert.Equal(TextChangeKind.LayoutOnly, Assert.Single(layout.Files).Kind);
        Assert.False(comments.HasChangesInMeaning);
        Assert.Equal(TextChangeKind.CommentsOnly, Assert.Single(comments.Files).Kind);
    }

    [Fact]
    public void A_changed_vocabulary_term_is_reported_under_the_vocabulary()
    {
        var vocabulary = File.ReadAllText(Repository.PathOf("directions", "vocabulary.pd"));
        var changed = vocabulary.Replace("event \"CIN visit\" means visits where kind is \"CIN\" and child_seen", "event \"CIN visit\" means visits where kind is \"CIN\"", StringComparison.Ordinal);
        Assert.NotEqual(vocabulary, changed);
        var direction = SyntaxTree.Parse(Direction, "visits.pd");

        var diff = DirectionDiffer.Compare(
            DirectionCompilation.Create([direction, SyntaxTree.Parse(vocabulary, "vocabulary.pd")]),
            DirectionCompilation.Create([direction, SyntaxTree.Parse(changed, "vocabulary.pd")]));

        Assert.Empty(diff.Directions);
        var change = Assert.Single(diff.Vocabulary);
        Assert.Equal(ChangeKind.TermChanged, change.Kind);
        Assert.Contains("\"CIN visit\" now means something else", change.Description, StringComparison.Ordinal);
        Assert.Equal(TextChangeKind.MeaningChanged, Assert.Single(diff.Files).Kind);
    }

    public static TheoryData<string> DirectionFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Repository.DirectionFiles().Where(f => f.StartsWith("directions/", StringComparison.Ordinal) && !f.EndsWith("vocabulary.pd", StringComparison.Ordinal)))
            data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(DirectionFiles))]
    public void Every_direction_against_its_formatted_self_and_its_rules_reversed_has_no_change_in_meaning(string file)
    {
        var text = File.ReadAllText(Repository.PathOf(file)).ReplaceLineEndings("\n");
        var parts = text.Split("\nrule ");
        var reversed = string.Join("\nrule ", new[] { parts[0] }.Concat(parts.Skip(1).Select(p => p.EndsWith('\n') ? p : p + "\n").Reverse()));

        var formatted = Diff(text, DirectionFormatter.Format(text, file));
        var reordered = Diff(text, reversed);

        Assert.True(parts.Length > 2, "the direction has rules to reorder");
        Assert.False(formatted.HasChangesInMeaning, string.Join("\n", formatted.Directions.SelectMany(d => d.Changes)));
        Assert.False(reordered.HasChangesInMeaning, string.Join("\n", reordered.Directions.SelectMany(d => d.Changes)));
    }
}
