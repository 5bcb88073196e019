using Directions.Compiler;
using Directions.Compiler.Binding;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Binding;

/// <summary>What the binder makes of rules, headers and terms, against the real shared vocabulary.</summary>
public sealed class BinderTests
{
    private static DirectionSymbol BindDirection(string source)
    {
        var compilation = Compile.Direction(source);
        DiagnosticAssert.None(compilation.GetDiagnostics());
        return Assert.Single(compilation.Directions);
    }

    private static RuleSymbol BindRule(params string[] lines) =>
        Assert.Single(BindDirection(Compile.Rule(lines)).Rules);

    private static BoundRequirement BindRequirement(params string[] lines) =>
        Assert.Single(BindRule(lines).Requirements);

    private static void AssertTerm(BoundTermReference? reference, string name, TermKind kind, PeriodBoundary boundary = PeriodBoundary.None)
    {
        Assert.NotNull(reference);
        Assert.Equal(name, reference.Term.Name);
        Assert.Equal(kind, reference.Term.Kind);
        Assert.Equal(boundary, reference.Boundary);
    }

    // ------------------------------------------------------------------ the card line and its exception

    [Fact]
    public void Card_line_binds_to_a_cadence_with_a_rationale_and_a_maximum_in_the_cadence_unit()
    {
        var requirement = BindRequirement("CIN visit every 4 weeks unless recorded rationale, max 6");

        AssertTerm(requirement.Subject, "CIN visit", TermKind.Event);
        Assert.Null(requirement.Subject.Action);
        Assert.Equal("visits", requirement.Subject.Term.Table?.Name);
        Assert.Equal("date", requirement.Subject.Term.DateField?.Name);
        Assert.Equal(new BoundCadence(new Duration(4, TimeUnit.Weeks)), requirement.Timing);
        AssertTerm(requirement.Rationale, "rationale", TermKind.Record);
        Assert.Equal("case_notes", requirement.Rationale!.Term.Table?.Name);
        Assert.Equal(new Duration(6, TimeUnit.Weeks), requirement.Maximum);
        Assert.False(requirement.MustBeRecorded);
        Assert.Null(requirement.Trigger);
        Assert.Empty(requirement.CohortExceptions);
        Assert.Empty(requirement.RoleConstraints);
    }

    [Fact]
    public void Except_line_adds_a_cohort_exception_with_its_own_maximum()
    {
        var requirement = BindRequirement(
            "CIN visit every 4 weeks unless recorded rationale, max 6",
            "except long-term DCSS: max 8 weeks");

        Assert.Equal(new Duration(6, TimeUnit.Weeks), requirement.Maximum);
        var exception = Assert.Single(requirement.CohortExceptions);
        AssertTerm(exception.Cohort, "long-term DCSS", TermKind.Cohort);
        Assert.Null(exception.Timing);
        Assert.Equal(new Duration(8, TimeUnit.Weeks), exception.Maximum);
        Assert.Equal("except long-term DCSS: max 8 weeks", exception.Syntax.Location.Text.ToString(exception.Syntax.Span));
    }

    [Fact]
    public void Except_line_may_change_the_cadence()
    {
        var requirement = BindRequirement(
            "CIN visit every 4 weeks unless recorded rationale, max 6",
            "except DCSS: every 3 months unless recorded visiting rationale, max 4 months");

        var exception = Assert.Single(requirement.CohortExceptions);
        AssertTerm(exception.Cohort, "DCSS", TermKind.Cohort);
        Assert.Equal(new BoundCadence(new Duration(3, TimeUnit.Months)), exception.Timing);
        Assert.Equal(new Duration(4, TimeUnit.Months), exception.Maximum);
    }

    [Fact]
    public void Several_except_lines_are_kept_in_the_order_they_are_written()
    {
        var requirement = BindRequirement(
            "CIN visit every 4 weeks unless recorded rationale, max 6",
            "except long-term DCSS: max 8 weeks",
            "except young person: 3-weekly");

        Assert.Collection(requirement.CohortExceptions,
            e => Assert.Equal("long-term DCSS", e.Cohort.Term.Name),
            e =>
            {
                Assert.Equal("young person", e.Cohort.Term.Name);
                Assert.Equal(new BoundCadence(new Duration(3, TimeUnit.Weeks)), e.Timing);
                Assert.Null(e.Maximum);
            });
    }

    // ------------------------------------------------------------------ deadlines, sequences, when

    [Fact]
    public void Sequence_binds_to_a_deadline_from_a_period_start_then_a_cadence()
    {
        var requirement = BindRequirement("CIN review within 1 month of CIN plan start, then every 3 months unless recorded rationale, max 6 months");

        AssertTerm(requirement.Subject, "CIN review", TermKind.Event);
        Assert.Equal("meetings", requirement.Subject.Term.Table?.Name);
        var deadline = Assert.IsType<BoundDeadline>(requirement.Timing);
        Assert.Equal(new Duration(1, TimeUnit.Months), deadline.Within);
        AssertTerm(deadline.Anchor, "CIN plan", TermKind.Period, PeriodBoundary.Start);
        Assert.Equal(new Duration(3, TimeUnit.Months), deadline.ThenEvery);
        AssertTerm(requirement.Rationale, "rationale", TermKind.Record);
        Assert.Equal(new Duration(6, TimeUnit.Months), requirement.Maximum);
    }

    [Fact]
    public void Sequence_may_end_in_an_idiom()
    {
        var deadline = Assert.IsType<BoundDeadline>(BindRequirement("RCPC within three months of ICPC, then six-monthly").Timing);

        Assert.Equal(new Duration(3, TimeUnit.Months), deadline.Within);
        AssertTerm(deadline.Anchor, "ICPC", TermKind.Event);
        Assert.Equal(new Duration(6, TimeUnit.Months), deadline.ThenEvery);
    }

    [Fact]
    public void When_clause_gives_each_requirement_the_trigger()
    {
        var rule = BindRule("when CP plan ends: CIN plan by the same day, CIN review within 3 months");

        Assert.Equal(2, rule.Requirements.Length);
        var plan = rule.Requirements[0];
        var review = rule.Requirements[1];

        AssertTerm(plan.Subject, "CIN plan", TermKind.Period);
        Assert.Equal(new BoundDeadline(new Duration(0, TimeUnit.Days), null, null), plan.Timing);
        AssertTerm(plan.Trigger, "CP plan", TermKind.Period, PeriodBoundary.End);

        AssertTerm(review.Subject, "CIN review", TermKind.Event);
        Assert.Equal(new BoundDeadline(new Duration(3, TimeUnit.Months), null, null), review.Timing);
        AssertTerm(review.Trigger, "CP plan", TermKind.Period, PeriodBoundary.End);
    }

    [Theory]
    [InlineData("CP plan ends", PeriodBoundary.End)]
    [InlineData("CP plan end", PeriodBoundary.End)]
    [InlineData("CLA episode starts", PeriodBoundary.Start)]
    [InlineData("involvement start", PeriodBoundary.Start)]
    public void Period_followed_by_start_or_end_is_that_boundary(string trigger, PeriodBoundary boundary)
    {
        var requirement = BindRequirement($"when {trigger}: CIN visit within 5 working days");

        Assert.Equal(boundary, requirement.Trigger?.Boundary);
        Assert.Equal(TermKind.Period, requirement.Trigger?.Term.Kind);
    }

    [Fact]
    public void Within_working_days_binds_to_working_days()
    {
        var deadline = Assert.IsType<BoundDeadline>(BindRequirement("child seen within 20 working days of referral").Timing);

        Assert.Equal(new Duration(20, TimeUnit.WorkingDays), deadline.Within);
        AssertTerm(deadline.Anchor, "referral", TermKind.Event);
        Assert.Null(deadline.ThenEvery);
    }

    [Theory]
    [InlineData("within 3 days of referral", 3, TimeUnit.Days)]
    [InlineData("within 3 calendar days of referral", 3, TimeUnit.Days)]
    [InlineData("within 1 working day of referral", 1, TimeUnit.WorkingDays)]
    [InlineData("within 24 hours of referral", 24, TimeUnit.Hours)]
    [InlineData("within 2 weeks of referral", 2, TimeUnit.Weeks)]
    [InlineData("within 1 calendar month of referral", 1, TimeUnit.Months)]
    [InlineData("within 1 year of referral", 1, TimeUnit.Years)]
    public void Units_bind_to_time_units(string timing, int count, TimeUnit unit)
    {
        var deadline = Assert.IsType<BoundDeadline>(BindRequirement($"CIN visit {timing}").Timing);

        Assert.Equal(new Duration(count, unit), deadline.Within);
    }

    [Fact]
    public void Before_binds_to_an_order_against_the_anchor()
    {
        var requirement = BindRequirement("strategy discussion before s47 enquiry start");

        var before = Assert.IsType<BoundBefore>(requirement.Timing);
        AssertTerm(before.Anchor, "s47 enquiry", TermKind.Period, PeriodBoundary.Start);
    }

    [Fact]
    public void Recorded_with_no_timing_is_a_record_that_must_exist()
    {
        var requirement = BindRequirement("genogram recorded");

        AssertTerm(requirement.Subject, "genogram", TermKind.Record);
        Assert.True(requirement.MustBeRecorded);
        Assert.Null(requirement.Timing);
    }

    // ------------------------------------------------------------------ roles

    [Fact]
    public void Role_on_its_own_line_constrains_the_requirement_above_it()
    {
        var requirement = BindRequirement(
            "child and family assessment ends within 20 working days of referral",
            "signed off by team manager");

        AssertTerm(requirement.Subject, "child and family assessment", TermKind.Period, PeriodBoundary.End);
        Assert.Equal(new Duration(20, TimeUnit.WorkingDays), Assert.IsType<BoundDeadline>(requirement.Timing).Within);
        var constraint = Assert.Single(requirement.RoleConstraints);
        Assert.Equal("signed off", constraint.Action.Name);
        Assert.Equal(TermKind.Action, constraint.Action.Kind);
        Assert.Equal("signed_off_by", constraint.Action.Field?.Name);
        AssertTerm(constraint.Role, "team manager", TermKind.Role);
    }

    [Fact]
    public void Role_that_names_its_event_is_a_requirement_of_its_own()
    {
        var requirement = BindRequirement("CIN review chaired by qualified social worker");

        AssertTerm(requirement.Subject, "CIN review", TermKind.Event);
        Assert.Null(requirement.Subject.Action);
        Assert.Null(requirement.Timing);
        var constraint = Assert.Single(requirement.RoleConstraints);
        Assert.Equal("chaired", constraint.Action.Name);
        Assert.Equal("chair", constraint.Action.Field?.Name);
        AssertTerm(constraint.Role, "qualified social worker", TermKind.Role);
    }

    [Fact]
    public void Event_followed_by_an_action_resolves_to_both()
    {
        var requirement = BindRequirement("assessment shared with family unless recorded reason");

        AssertTerm(requirement.Subject, "assessment", TermKind.Event);
        Assert.Equal("shared with family", requirement.Subject.Action?.Name);
        AssertTerm(requirement.Rationale, "reason", TermKind.Record);
    }

    // ------------------------------------------------------------------ idioms and number words

    [Theory]
    [InlineData("fortnightly", 2, TimeUnit.Weeks)]
    [InlineData("six-monthly", 6, TimeUnit.Months)]
    [InlineData("6-monthly", 6, TimeUnit.Months)]
    [InlineData("three-monthly", 3, TimeUnit.Months)]
    [InlineData("quarterly", 3, TimeUnit.Months)]
    [InlineData("4 weekly", 4, TimeUnit.Weeks)]
    [InlineData("four weekly", 4, TimeUnit.Weeks)]
    [InlineData("4-weekly", 4, TimeUnit.Weeks)]
    [InlineData("four-weekly", 4, TimeUnit.Weeks)]
    [InlineData("weekly", 1, TimeUnit.Weeks)]
    [InlineData("monthly", 1, TimeUnit.Months)]
    [InlineData("daily", 1, TimeUnit.Days)]
    [InlineData("annually", 1, TimeUnit.Years)]
    [InlineData("at least monthly", 1, TimeUnit.Months)]
    [InlineData("at least 4 weekly", 4, TimeUnit.Weeks)]
    [InlineData("FORTNIGHTLY", 2, TimeUnit.Weeks)]
    public void Idioms_bind_to_cadences(string idiom, int count, TimeUnit unit)
    {
        var requirement = BindRequirement($"CIN visit {idiom}");

        Assert.Equal(new BoundCadence(new Duration(count, unit)), requirement.Timing);
    }

    [Theory]
    [InlineData("every four weeks", 4, TimeUnit.Weeks)]
    [InlineData("every twelve months", 12, TimeUnit.Months)]
    [InlineData("every one week", 1, TimeUnit.Weeks)]
    [InlineData("at least every six months", 6, TimeUnit.Months)]
    [InlineData("every Ten days", 10, TimeUnit.Days)]
    public void Number_words_count_like_digits(string timing, int count, TimeUnit unit)
    {
        var requirement = BindRequirement($"CIN visit {timing}");

        Assert.Equal(new BoundCadence(new Duration(count, unit)), requirement.Timing);
    }

    [Fact]
    public void Number_words_count_in_deadlines_and_maximums()
    {
        var requirement = BindRequirement("CIN review within one month of CIN plan start, then every three months unless recorded rationale, max six months");

        var deadline = Assert.IsType<BoundDeadline>(requirement.Timing);
        Assert.Equal(new Duration(1, TimeUnit.Months), deadline.Within);
        Assert.Equal(new Duration(3, TimeUnit.Months), deadline.ThenEvery);
        Assert.Equal(new Duration(6, TimeUnit.Months), requirement.Maximum);
    }

    [Fact]
    public void Bare_maximum_takes_the_unit_of_the_sequence_cadence()
    {
        var requirement = BindRequirement("CIN review within 1 month of CIN plan start, then every 3 months unless recorded rationale, max 6");

        Assert.Equal(new Duration(6, TimeUnit.Months), requirement.Maximum);
    }

    // ------------------------------------------------------------------ header

    [Fact]
    public void Header_binds_every_item()
    {
        var direction = BindDirection("""
            direction "Practice Direction regarding working with Children in Need"
              id "bristol-cin"
              issued by "Bristol City Council"
              version 2021.1, effective from 2021-09-01 until 2025-03-31
              source "000_fd5d4ed691908962.txt"
              supersedes "bristol-cin-visits" version 2020.2
              service areas "Area Social Work Units", "DCSS", "First Assessment Service"

            rule "CIN visits"
              cites "S000-07"
              CIN visit every 4 weeks
            """);

        Assert.Equal("Practice Direction regarding working with Children in Need", direction.Title);
        Assert.Equal("bristol-cin", direction.Id);
        Assert.Equal("Bristol City Council", direction.IssuedBy);
        Assert.Equal("2021.1", direction.Version);
        Assert.Equal(new DateOnly(2021, 9, 1), direction.EffectiveFrom);
        Assert.Equal(new DateOnly(2025, 3, 31), direction.EffectiveUntil);
        Assert.Equal("000_fd5d4ed691908962.txt", direction.Source);
        Assert.Equal("bristol-cin-visits", direction.SupersedesId);
        Assert.Equal("2020.2", direction.SupersedesVersion);
        Assert.Equal(new[] { "Area Social Work Units", "DCSS", "First Assessment Service" }, direction.ServiceAreas);
        Assert.Equal(Compile.DirectionPath, direction.FilePath);
        var rule = Assert.Single(direction.Rules);
        Assert.Equal("CIN visits", rule.Name);
        Assert.Equal(new[] { "S000-07" }, rule.Citations);
        Assert.Equal(9, rule.Line);
    }

    [Fact]
    public void Id_defaults_to_the_title_in_lower_case_with_hyphens()
    {
        var direction = BindDirection("""
            direction "Practice Direction regarding working with Children in Need"
              issued by "Bristol City Council", source "s"
              version 3, effective from 2021-09-01

            rule "CIN visits"
              cites "S000-07"
              CIN visit every 4 weeks
            """);

        Assert.Equal("practice-direction-regarding-working-with-children-in-need", direction.Id);
        Assert.Equal("3", direction.Version);
        Assert.Null(direction.EffectiveUntil);
        Assert.Null(direction.SupersedesId);
        Assert.Null(direction.SupersedesVersion);
        Assert.Empty(direction.ServiceAreas);
    }

    [Fact]
    public void Header_items_may_share_a_line_and_use_curly_quotes_and_quoted_versions()
    {
        var direction = BindDirection("""
            DIRECTION "Every construct"
              id "every-construct", issued by “Example Borough Council”, Version "2023 draft", effective from 2024-04-01, source "x"

            rule "CIN visits"
              cites "S000-07"
              CIN visit every 4 weeks
            """);

        Assert.Equal("every-construct", direction.Id);
        Assert.Equal("Example Borough Council", direction.IssuedBy);
        Assert.Equal("2023 draft", direction.Version);
        Assert.Equal(new DateOnly(2024, 4, 1), direction.EffectiveFrom);
    }

    [Fact]
    public void Rule_keeps_its_citations_quote_and_cohorts()
    {
        var rule = BindRule(
            "cites \"S000-13\", \"Agreed actions, bullet 6\"",
            "quote \"CiN review meetings should take place 1 month following the initial plan\"",
            "applies to disabled child, long-term DCSS",
            "CIN review within 1 month of CIN plan start");

        Assert.Equal(new[] { "S000-07", "S000-13", "Agreed actions, bullet 6" }, rule.Citations);
        Assert.Equal("CiN review meetings should take place 1 month following the initial plan", rule.Quote);
        Assert.Collection(rule.AppliesTo,
            c => AssertTerm(c, "disabled child", TermKind.Cohort),
            c => AssertTerm(c, "long-term DCSS", TermKind.Cohort));
    }

    // ------------------------------------------------------------------ terms

    [Theory]
    [InlineData("child in need visits")]
    [InlineData("CIN visits")]
    [InlineData("\"child in need visit\"")]
    public void Term_resolves_by_a_synonym(string written)
    {
        var requirement = BindRequirement($"{written} every 4 weeks");

        AssertTerm(requirement.Subject, "CIN visit", TermKind.Event);
    }

    [Theory]
    [InlineData("cin VISIT")]
    [InlineData("CIN VISIT")]
    [InlineData("Cin Visit")]
    [InlineData("CIN   visit")]
    public void Terms_resolve_whatever_their_capitals_and_spacing(string written)
    {
        var requirement = BindRequirement($"{written} every 4 weeks unless recorded RATIONALE");

        AssertTerm(requirement.Subject, "CIN visit", TermKind.Event);
        AssertTerm(requirement.Rationale, "rationale", TermKind.Record);
    }

    [Fact]
    public void Quoted_term_may_contain_a_keyword()
    {
        var requirement = BindRequirement("\"case direction\" recorded within nine months of CIN plan start");

        AssertTerm(requirement.Subject, "rationale", TermKind.Record);
        Assert.True(requirement.MustBeRecorded);
    }

    [Fact]
    public void Vocabulary_terms_map_to_tables_conditions_and_fields()
    {
        var compilation = Compile.Direction(Compile.Rule("CIN visit every 4 weeks"));
        var vocabulary = compilation.Vocabulary;

        var visit = vocabulary.Find("cin visits");
        Assert.NotNull(visit);
        Assert.Equal("CIN visit", visit.Name);
        Assert.Contains("child in need visit", visit.Synonyms);
        Assert.Equal("kind is \"CIN\" and child_seen", visit.Condition?.ToString());

        var longTerm = vocabulary.Find("long-term DCSS");
        Assert.NotNull(longTerm);
        Assert.Equal(TermKind.Cohort, longTerm.Kind);
        Assert.Equal(new BoundBinaryCondition(
            new BoundComparisonCondition(compilation.Schema.FindChildField("service_area")!, false, "DCSS"),
            true,
            new BoundAtLeastCondition(compilation.Schema.FindChildField("open_for")!, new Duration(12, TimeUnit.Months))), longTerm.Condition);

        var chaired = vocabulary.Find("chaired");
        Assert.Equal(TermKind.Action, chaired?.Kind);
        Assert.Equal("chair", chaired?.Field?.Name);

        var update = vocabulary.Find("chronology update");
        Assert.Equal("updated", update?.DateField?.Name);
    }

    // ------------------------------------------------------------------ semantic model

    private static (DirectionCompilation Compilation, SyntaxTree Tree, string Text) CompileForModel(params string[] lines)
    {
        var text = Compile.Rule(lines);
        var compilation = Compile.Direction(text);
        DiagnosticAssert.None(compilation.GetDiagnostics());
        return (compilation, compilation.SyntaxTrees[0], text);
    }

    private static int At(string text, string marker, int offset = 0)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{marker}' is not in the text.");
        return index + offset;
    }

    [Fact]
    public void Semantic_model_finds_the_term_at_a_position_in_a_rule()
    {
        var (compilation, tree, text) = CompileForModel("CIN visit every 4 weeks unless recorded rationale, max 6");
        var model = compilation.GetSemanticModel(tree);
        var visit = compilation.Vocabulary.Find("CIN visit");

        Assert.Same(visit, model.GetTermSymbol(At(text, "CIN visit")));
        Assert.Same(visit, model.GetTermSymbol(At(text, "CIN visit", 6)));
        Assert.Same(visit, model.GetTermSymbol(At(text, "CIN visit", 9)));
        Assert.Same(compilation.Vocabulary.Find("rationale"), model.GetTermSymbol(At(text, "rationale", 4)));
        Assert.Null(model.GetTermSymbol(At(text, "every", 2)));
        Assert.Null(model.GetTermSymbol(At(text, "max", 1)));
    }

    [Fact]
    public void Semantic_model_finds_the_period_and_boundary_of_an_anchor()
    {
        var (compilation, tree, text) = CompileForModel("CIN review within 1 month of CIN plan start, then every 3 months");
        var model = compilation.GetSemanticModel(tree);

        Assert.Same(compilation.Vocabulary.Find("CIN plan"), model.GetTermSymbol(At(text, "CIN plan start", 5)));
        var reference = model.GetTermReference(At(text, "plan start", 6));
        Assert.NotNull(reference);
        Assert.Equal(PeriodBoundary.Start, reference.Boundary);
        Assert.Equal("CIN plan start", reference.ToString());
    }

    [Fact]
    public void Semantic_model_tells_the_event_from_the_action_in_a_role_line()
    {
        var (compilation, tree, text) = CompileForModel("CIN review chaired by qualified social worker");
        var model = compilation.GetSemanticModel(tree);

        Assert.Same(compilation.Vocabulary.Find("CIN review"), model.GetTermSymbol(At(text, "CIN review", 5)));
        Assert.Same(compilation.Vocabulary.Find("chaired"), model.GetTermSymbol(At(text, "chaired", 3)));
        Assert.Same(compilation.Vocabulary.Find("qualified social worker"), model.GetTermSymbol(At(text, "social worker", 2)));
    }

    [Fact]
    public void Semantic_model_finds_the_term_declared_at_a_position_in_a_vocabulary()
    {
        var (compilation, _, _) = CompileForModel("CIN visit every 4 weeks");
        var vocabularyTree = compilation.SyntaxTrees[1];
        var text = vocabularyTree.Text.ToString();
        var model = compilation.GetSemanticModel(vocabularyTree);

        var declared = model.GetTermSymbol(At(text, "event \"CIN visit\"", 10));
        Assert.NotNull(declared);
        Assert.Same(compilation.Vocabulary.Find("CIN visit"), declared);
        Assert.Equal(TermKind.Event, declared.Kind);
        Assert.Equal(At(text, "\"CIN visit\" means"), declared.Location.Span.Start);

        Assert.Same(compilation.Vocabulary.Find("long-term DCSS"), model.GetTermSymbol(At(text, "cohort \"long-term DCSS\"", 12)));
        Assert.Null(model.GetTermSymbol(At(text, "vocabulary \"Children", 3)));
    }

    [Fact]
    public void Semantic_model_finds_the_rule_and_the_requirement_at_a_position()
    {
        var text = Compile.Header + """
            rule "Visits"
              cites "S000-07"
              CIN visit every 4 weeks unless recorded rationale, max 6
              except long-term DCSS: max 8 weeks

            rule "Reviews"
              cites "S000-13"
              CIN review within 1 month of CIN plan start
              chaired by qualified social worker
              family network meeting within 12 weeks of involvement start
            """;
        var compilation = Compile.Direction(text);
        DiagnosticAssert.None(compilation.GetDiagnostics());
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);

        Assert.Equal("Binder test", model.GetDirection(At(text, "issued by"))?.Title);
        Assert.Null(model.GetRule(At(text, "issued by")));
        Assert.Equal("Visits", model.GetRule(At(text, "rule \"Visits\"", 7))?.Name);
        Assert.Equal("Visits", model.GetRule(At(text, "S000-07"))?.Name);
        Assert.Equal("Reviews", model.GetRule(At(text, "family network"))?.Name);

        var visits = model.GetRequirement(At(text, "every 4 weeks"));
        Assert.Equal("CIN visit", visits?.Subject.Term.Name);
        Assert.Same(visits, model.GetRequirement(At(text, "max 8 weeks")));
        Assert.Null(model.GetRequirement(At(text, "S000-07")));

        var review = model.GetRequirement(At(text, "qualified social worker"));
        Assert.Equal("CIN review", review?.Subject.Term.Name);
        Assert.Single(review!.RoleConstraints);
        Assert.Equal("family network meeting", model.GetRequirement(At(text, "12 weeks"))?.Subject.Term.Name);
    }

    [Fact]
    public void Semantic_model_refuses_a_tree_of_another_compilation()
    {
        var compilation = Compile.Direction(Compile.Rule("CIN visit every 4 weeks"));
        var other = SyntaxTree.Parse(Compile.Rule("CIN visit every 4 weeks"), Compile.DirectionPath);

        Assert.Throws<ArgumentException>(() => compilation.GetSemanticModel(other));
    }
}
