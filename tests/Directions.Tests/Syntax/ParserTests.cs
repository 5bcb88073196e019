using Directions.Compiler.Syntax;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Syntax;

/// <summary>The shape of the syntax tree for each kind of line, and how lines group into declarations.</summary>
public sealed class ParserTests
{
    // ------------------------------------------------------------------ helpers

    /// <summary>Parses a text that must have no syntax diagnostics.</summary>
    private static SyntaxTree ParseClean(string text)
    {
        var tree = SyntaxTree.Parse(text);
        DiagnosticAssert.None(tree.Diagnostics);
        SyntaxTreeAssert.HasFullFidelity(tree);
        return tree;
    }

    /// <summary>Parses one clause line inside a rule of a direction and returns its line.</summary>
    private static ClauseLineSyntax ParseClauseLine(string line)
    {
        var tree = ParseClean($"direction \"D\"\nrule \"R\"\n  {line}\n");
        var direction = Assert.IsType<DirectionDeclarationSyntax>(Assert.Single(tree.Root.Members));
        var rule = Assert.IsType<RuleDeclarationSyntax>(Assert.Single(direction.Members));
        return Assert.IsType<ClauseLineSyntax>(Assert.Single(rule.Lines));
    }

    private static T ParseClause<T>(string line)
        where T : ClauseSyntax => Assert.IsType<T>(ParseClauseLine(line).Clause);

    private static RequirementSyntax ParseRequirement(string line) => ParseClause<RequirementClauseSyntax>(line).Requirement;

    /// <summary>Parses one header line of a direction.</summary>
    private static HeaderLineSyntax ParseHeaderLine(string line)
    {
        var tree = ParseClean($"direction \"D\"\n  {line}\n");
        var direction = Assert.IsType<DirectionDeclarationSyntax>(Assert.Single(tree.Root.Members));
        return Assert.IsType<HeaderLineSyntax>(Assert.Single(direction.Members));
    }

    private static T ParseHeaderItem<T>(string line)
        where T : HeaderItemSyntax => Assert.IsType<T>(Assert.Single(ParseHeaderLine(line).Items));

    /// <summary>Parses the lines of one term declaration in a vocabulary.</summary>
    private static TermDeclarationSyntax ParseTermDeclaration(string lines)
    {
        var tree = ParseClean($"vocabulary \"V\"\n{lines}\n");
        var vocabulary = Assert.IsType<VocabularyDeclarationSyntax>(Assert.Single(tree.Root.Members));
        return Assert.IsType<TermDeclarationSyntax>(Assert.Single(vocabulary.Members));
    }

    private static ConditionSyntax ParseCondition(string condition) =>
        Assert.IsType<ConditionTermDefinitionSyntax>(ParseTermDeclaration($"cohort \"c\" means {condition}").Definition).Condition;

    /// <summary>A condition written out with parentheses round every operator, to show how it grouped.</summary>
    private static string Render(ConditionSyntax condition) => condition switch
    {
        BinaryConditionSyntax binary => $"({Render(binary.Left)} {binary.OperatorKeyword.Text} {Render(binary.Right)})",
        NotConditionSyntax not => $"(not {Render(not.Operand)})",
        ComparisonConditionSyntax comparison => $"[{Render(comparison.Field)} is{(comparison.NotKeyword is null ? "" : " not")} {comparison.Value.Text}]",
        AtLeastConditionSyntax atLeast => $"[{Render(atLeast.Field)} at least {Render(atLeast.Duration)}]",
        FlagConditionSyntax flag => Render(flag.Field),
        _ => throw new InvalidOperationException($"Unknown condition {condition.Kind}."),
    };

    private static string Render(FieldPathSyntax field) => string.Join('.', field.Parts.Select(part => part.Text));

    private static string Render(DurationSyntax duration) =>
        string.Join(' ', new[] { duration.Count?.Text, duration.Unit is null ? null : Render(duration.Unit) }.OfType<string>());

    private static string Render(UnitSyntax unit) =>
        unit.Qualifier is null ? unit.UnitKeyword.Text : $"{unit.Qualifier.Text} {unit.UnitKeyword.Text}";

    // ------------------------------------------------------------------ the card line

    [Fact]
    public void The_card_line_is_a_requirement_with_a_cadence_an_unless_and_a_max()
    {
        var line = ParseClauseLine("CIN visit every 4 weeks unless recorded rationale, max 6");

        var clause = Assert.IsType<RequirementClauseSyntax>(line.Clause);
        Assert.Equal(SyntaxKind.RequirementClause, clause.Kind);
        var requirement = clause.Requirement;
        Assert.Equal(SyntaxKind.Requirement, requirement.Kind);
        Assert.Equal("CIN visit", requirement.Subject.Text);
        Assert.Equal([SyntaxKind.WordToken, SyntaxKind.WordToken], requirement.Subject.Tokens.Select(t => t.Kind));
        Assert.Null(requirement.Body.RecordedKeyword);

        var cadence = Assert.IsType<CadenceTimingSyntax>(requirement.Body.Timing);
        var every = Assert.IsType<EveryFrequencySyntax>(cadence.Frequency);
        Assert.Null(every.AtKeyword);
        Assert.Null(every.LeastKeyword);
        Assert.Equal(SyntaxKind.EveryKeyword, every.EveryKeyword.Kind);
        Assert.Equal(SyntaxKind.NumberToken, every.Duration.Count?.Kind);
        Assert.Equal("4", every.Duration.Count?.Text);
        var unit = Assert.IsType<UnitSyntax>(every.Duration.Unit);
        Assert.Null(unit.Qualifier);
        Assert.Equal(SyntaxKind.WeeksKeyword, unit.UnitKeyword.Kind);
        Assert.Equal("weeks", unit.UnitKeyword.Text);

        Assert.Equal(2, requirement.Body.Allowances.Length);
        var unless = Assert.IsType<UnlessAllowanceSyntax>(requirement.Body.Allowances[0]);
        Assert.Null(unless.Comma);
        Assert.Equal(SyntaxKind.UnlessKeyword, unless.UnlessKeyword.Kind);
        Assert.NotNull(unless.RecordedKeyword);
        Assert.Equal(SyntaxKind.RecordedKeyword, unless.RecordedKeyword.Kind);
        Assert.Equal("rationale", unless.Record.Text);

        var max = Assert.IsType<MaxAllowanceSyntax>(requirement.Body.Allowances[1]);
        Assert.NotNull(max.Comma);
        Assert.Equal(SyntaxKind.MaxKeyword, max.MaxKeyword.Kind);
        Assert.Equal("6", max.Duration.Count?.Text);
        Assert.Null(max.Duration.Unit);

        Assert.Null(line.FullStop);
        Assert.Equal(SyntaxKind.NewLineToken, line.LineEnd.Kind);
        Assert.Equal("CIN visit every 4 weeks unless recorded rationale, max 6", line.Clause.ToString().Trim());
    }

    [Fact]
    public void The_card_sample_parses_into_one_direction_with_one_rule()
    {
        var tree = ParseClean(File.ReadAllText(Repository.PathOf("tests", "Directions.Tests", "Samples", "card.pd")));

        var direction = Assert.IsType<DirectionDeclarationSyntax>(Assert.Single(tree.Root.Members));
        Assert.Equal("Card", direction.Header.Title.ValueText);
        Assert.NotEmpty(direction.Members.TakeWhile(m => m is HeaderLineSyntax));
        var rule = Assert.Single(direction.Members.OfType<RuleDeclarationSyntax>());
        Assert.Equal("CIN visits", rule.Header.Name.ValueText);
        var line = Assert.IsType<ClauseLineSyntax>(Assert.Single(rule.Lines));
        Assert.IsType<RequirementClauseSyntax>(line.Clause);
    }

    // ------------------------------------------------------------------ header

    [Fact]
    public void Id_header_item()
    {
        var item = ParseHeaderItem<IdHeaderItemSyntax>("id \"bristol-cin\"");

        Assert.Equal(SyntaxKind.IdKeyword, item.IdKeyword.Kind);
        Assert.Equal(SyntaxKind.StringToken, item.Value.Kind);
        Assert.Equal("bristol-cin", item.Value.ValueText);
    }

    [Fact]
    public void Issued_by_header_item()
    {
        var item = ParseHeaderItem<IssuedByHeaderItemSyntax>("issued by \"Bristol City Council\"");

        Assert.Equal(SyntaxKind.IssuedKeyword, item.IssuedKeyword.Kind);
        Assert.Equal(SyntaxKind.ByKeyword, item.ByKeyword.Kind);
        Assert.Equal("Bristol City Council", item.Value.ValueText);
    }

    [Theory]
    [InlineData("version 2021.1", SyntaxKind.DecimalToken, "2021.1")]
    [InlineData("version 1.2.3", SyntaxKind.DecimalToken, "1.2.3")]
    [InlineData("version 3", SyntaxKind.NumberToken, "3")]
    [InlineData("version \"2021 draft\"", SyntaxKind.StringToken, "2021 draft")]
    public void Version_header_item(string line, SyntaxKind valueKind, string value)
    {
        var item = ParseHeaderItem<VersionHeaderItemSyntax>(line);

        Assert.Equal(SyntaxKind.VersionKeyword, item.VersionKeyword.Kind);
        Assert.Equal(valueKind, item.Value.Kind);
        Assert.Equal(value, item.Value.ValueText);
    }

    [Fact]
    public void Effective_header_item_with_a_start_only()
    {
        var item = ParseHeaderItem<EffectiveHeaderItemSyntax>("effective from 2021-09-01");

        Assert.Equal(SyntaxKind.EffectiveKeyword, item.EffectiveKeyword.Kind);
        Assert.Equal(SyntaxKind.FromKeyword, item.FromKeyword.Kind);
        Assert.Equal(SyntaxKind.DateToken, item.FromDate.Kind);
        Assert.Equal("2021-09-01", item.FromDate.Text);
        Assert.Null(item.UntilKeyword);
        Assert.Null(item.UntilDate);
    }

    [Fact]
    public void Effective_header_item_with_an_end()
    {
        var item = ParseHeaderItem<EffectiveHeaderItemSyntax>("effective from 2021-09-01 until 2022-08-31");

        Assert.Equal("2021-09-01", item.FromDate.Text);
        Assert.Equal(SyntaxKind.UntilKeyword, item.UntilKeyword?.Kind);
        Assert.Equal(SyntaxKind.DateToken, item.UntilDate?.Kind);
        Assert.Equal("2022-08-31", item.UntilDate?.Text);
    }

    [Fact]
    public void Source_header_item()
    {
        var item = ParseHeaderItem<SourceHeaderItemSyntax>("source \"000_fd5d4ed691908962.txt\"");

        Assert.Equal(SyntaxKind.SourceKeyword, item.SourceKeyword.Kind);
        Assert.Equal("000_fd5d4ed691908962.txt", item.Value.ValueText);
    }

    [Fact]
    public void Supersedes_header_item()
    {
        var item = ParseHeaderItem<SupersedesHeaderItemSyntax>("supersedes \"bristol-cin\" version 2020.2");

        Assert.Equal(SyntaxKind.SupersedesKeyword, item.SupersedesKeyword.Kind);
        Assert.Equal("bristol-cin", item.DirectionId.ValueText);
        Assert.Equal(SyntaxKind.VersionKeyword, item.VersionKeyword.Kind);
        Assert.Equal(SyntaxKind.DecimalToken, item.Version.Kind);
        Assert.Equal("2020.2", item.Version.Text);
    }

    [Fact]
    public void Service_areas_header_item()
    {
        var item = ParseHeaderItem<ServiceAreasHeaderItemSyntax>("service areas \"Area Social Work Units\", \"DCSS\", \"First Assessment Service\"");

        Assert.Equal(SyntaxKind.ServiceKeyword, item.ServiceKeyword.Kind);
        Assert.Equal(SyntaxKind.AreasKeyword, item.AreasKeyword.Kind);
        Assert.Equal(["Area Social Work Units", "DCSS", "First Assessment Service"], item.Areas.Select(a => a.ValueText));
        Assert.Equal(SyntaxKind.CommaToken, item.Areas.GetSeparator(0).Kind);
        Assert.Equal(5, item.Areas.GetWithSeparators().Length);
    }

    [Fact]
    public void Several_header_items_on_one_line_are_separated_by_commas()
    {
        var line = ParseHeaderLine(
            "id \"x\", issued by \"B\", version 2021.1, effective from 2021-09-01 until 2022-09-01, source \"s\", supersedes \"old\" version 3, service areas \"A\", \"B\"");

        Assert.Equal(
            [
                SyntaxKind.IdHeaderItem, SyntaxKind.IssuedByHeaderItem, SyntaxKind.VersionHeaderItem, SyntaxKind.EffectiveHeaderItem,
                SyntaxKind.SourceHeaderItem, SyntaxKind.SupersedesHeaderItem, SyntaxKind.ServiceAreasHeaderItem,
            ],
            line.Items.Select(i => i.Kind));
        Assert.All(Enumerable.Range(0, line.Items.Count - 1), i => Assert.Equal(SyntaxKind.CommaToken, line.Items.GetSeparator(i).Kind));

        // The last commas separate service areas, not header items.
        var areas = Assert.IsType<ServiceAreasHeaderItemSyntax>(line.Items[^1]);
        Assert.Equal(["A", "B"], areas.Areas.Select(a => a.ValueText));
    }

    [Fact]
    public void Header_lines_of_the_bristol_direction()
    {
        var tree = ParseClean(File.ReadAllText(Repository.PathOf("directions", "bristol-cin-2021.pd")));

        var direction = Assert.IsType<DirectionDeclarationSyntax>(Assert.Single(tree.Root.Members));
        var headers = direction.Members.OfType<HeaderLineSyntax>().ToList();
        Assert.Equal(5, headers.Count);
        Assert.Equal(
            new[] { SyntaxKind.IssuedByHeaderItem, SyntaxKind.IdHeaderItem, SyntaxKind.VersionHeaderItem, SyntaxKind.EffectiveHeaderItem, SyntaxKind.SourceHeaderItem, SyntaxKind.ServiceAreasHeaderItem }
                .Order(),
            headers.SelectMany(h => h.Items).Select(i => i.Kind).Order());
        Assert.NotEmpty(direction.Members.OfType<RuleDeclarationSyntax>());
        Assert.All(direction.Members.OfType<RuleDeclarationSyntax>(), rule => Assert.NotEmpty(rule.Lines));
    }

    // ------------------------------------------------------------------ clauses

    [Fact]
    public void Cites_clause()
    {
        var clause = ParseClause<CitesClauseSyntax>("cites \"S000-07\", \"S000-08\", \"Agreed actions, bullet 4\"");

        Assert.Equal(SyntaxKind.CitesKeyword, clause.CitesKeyword.Kind);
        Assert.Equal(["S000-07", "S000-08", "Agreed actions, bullet 4"], clause.Citations.Select(c => c.ValueText));
    }

    [Theory]
    [InlineData("quote \"Always map the family situation.\"", "Always map the family situation.")]
    [InlineData("quote \"She said \\\"no\\\" twice\"", "She said \"no\" twice")]
    [InlineData("quote \u201CPasted from Word\u201D", "Pasted from Word")]
    [InlineData("quote \u201Cthe child\u2019s record\u201D", "the child\u2019s record")]
    [InlineData("quote \"\"", "")]
    public void Quote_clause(string line, string text)
    {
        var clause = ParseClause<QuoteClauseSyntax>(line);

        Assert.Equal(SyntaxKind.QuoteKeyword, clause.QuoteKeyword.Kind);
        Assert.Equal(SyntaxKind.StringToken, clause.Text.Kind);
        Assert.Equal(text, clause.Text.ValueText);
    }

    [Fact]
    public void Applies_to_clause()
    {
        var clause = ParseClause<AppliesToClauseSyntax>("applies to long-term DCSS, disabled child, \"young person\"");

        Assert.Equal(SyntaxKind.AppliesKeyword, clause.AppliesKeyword.Kind);
        Assert.Equal(SyntaxKind.ToKeyword, clause.ToKeyword.Kind);
        Assert.Equal(["long-term DCSS", "disabled child", "young person"], clause.Cohorts.Select(c => c.Text));
    }

    [Fact]
    public void Except_clause()
    {
        var clause = ParseClause<ExceptClauseSyntax>("except long-term DCSS: max 8 weeks");

        Assert.Equal(SyntaxKind.ExceptKeyword, clause.ExceptKeyword.Kind);
        Assert.Equal("long-term DCSS", clause.Cohort.Text);
        Assert.Equal(SyntaxKind.ColonToken, clause.Colon.Kind);
        Assert.Null(clause.Body.RecordedKeyword);
        Assert.Null(clause.Body.Timing);
        var max = Assert.IsType<MaxAllowanceSyntax>(Assert.Single(clause.Body.Allowances));
        Assert.Null(max.Comma);
        Assert.Equal("8 weeks", Render(max.Duration));
    }

    [Fact]
    public void Except_clause_with_its_own_timing()
    {
        var clause = ParseClause<ExceptClauseSyntax>("except disabled child: every 6 weeks unless recorded rationale");

        Assert.Equal("disabled child", clause.Cohort.Text);
        var every = Assert.IsType<EveryFrequencySyntax>(Assert.IsType<CadenceTimingSyntax>(clause.Body.Timing).Frequency);
        Assert.Equal("6 weeks", Render(every.Duration));
        Assert.IsType<UnlessAllowanceSyntax>(Assert.Single(clause.Body.Allowances));
    }

    [Fact]
    public void When_clause_with_two_requirements()
    {
        var clause = ParseClause<WhenClauseSyntax>("when CP plan ends: CIN plan by the same day, CIN review within 3 months");

        Assert.Equal(SyntaxKind.WhenKeyword, clause.WhenKeyword.Kind);
        Assert.Equal("CP plan ends", clause.Trigger.Text);
        Assert.Equal(SyntaxKind.ColonToken, clause.Colon.Kind);
        Assert.Equal(2, clause.Requirements.Count);
        Assert.Equal(SyntaxKind.CommaToken, clause.Requirements.GetSeparator(0).Kind);

        var plan = clause.Requirements[0];
        Assert.Equal("CIN plan", plan.Subject.Text);
        var sameDay = Assert.IsType<SameDayDeadlineSyntax>(Assert.IsType<DeadlineTimingSyntax>(plan.Body.Timing).Deadline);
        Assert.Equal(
            [SyntaxKind.ByKeyword, SyntaxKind.TheKeyword, SyntaxKind.SameKeyword, SyntaxKind.DaysKeyword],
            [sameDay.ByKeyword.Kind, sameDay.TheKeyword.Kind, sameDay.SameKeyword.Kind, sameDay.DayKeyword.Kind]);

        var review = clause.Requirements[1];
        Assert.Equal("CIN review", review.Subject.Text);
        var within = Assert.IsType<WithinDeadlineSyntax>(Assert.IsType<DeadlineTimingSyntax>(review.Body.Timing).Deadline);
        Assert.Equal("3 months", Render(within.Duration));
        Assert.Null(within.OfKeyword);
        Assert.Null(within.Anchor);
    }

    [Fact]
    public void Role_clause_with_a_subject()
    {
        var clause = ParseClause<RoleClauseSyntax>("CIN review chaired by qualified social worker");

        Assert.Equal("CIN review chaired", clause.Subject.Text);
        Assert.Equal(SyntaxKind.ByKeyword, clause.ByKeyword.Kind);
        Assert.Equal("qualified social worker", clause.Role.Text);
    }

    [Fact]
    public void Role_clause_without_a_subject()
    {
        var clause = ParseClause<RoleClauseSyntax>("by team manager");

        Assert.Empty(clause.Subject.Tokens);
        Assert.Equal(string.Empty, clause.Subject.Text);
        Assert.Equal("team manager", clause.Role.Text);
    }

    [Fact]
    public void Deadline_with_an_anchor_then_a_cadence_and_allowances()
    {
        var requirement = ParseRequirement(
            "CIN review within 1 month of CIN plan start, then every 3 months unless recorded rationale, max 6 months");

        Assert.Equal("CIN review", requirement.Subject.Text);
        var timing = Assert.IsType<DeadlineTimingSyntax>(requirement.Body.Timing);
        var within = Assert.IsType<WithinDeadlineSyntax>(timing.Deadline);
        Assert.Equal(SyntaxKind.WithinKeyword, within.WithinKeyword.Kind);
        Assert.Equal("1 month", Render(within.Duration));
        Assert.Equal(SyntaxKind.MonthsKeyword, within.Duration.Unit?.UnitKeyword.Kind);
        Assert.Equal(SyntaxKind.OfKeyword, within.OfKeyword?.Kind);
        Assert.Equal("CIN plan start", within.Anchor?.Text);
        Assert.Equal(SyntaxKind.CommaToken, timing.Comma?.Kind);
        Assert.Equal(SyntaxKind.ThenKeyword, timing.ThenKeyword?.Kind);
        var every = Assert.IsType<EveryFrequencySyntax>(timing.Frequency);
        Assert.Equal("3 months", Render(every.Duration));

        Assert.Equal([SyntaxKind.UnlessAllowance, SyntaxKind.MaxAllowance], requirement.Body.Allowances.Select(a => a.Kind));
        var max = (MaxAllowanceSyntax)requirement.Body.Allowances[1];
        Assert.Equal("6 months", Render(max.Duration));
    }

    [Fact]
    public void Deadline_then_an_idiom_without_a_comma()
    {
        var requirement = ParseRequirement("ICPC within 15 working days of strategy discussion then fortnightly");

        var timing = Assert.IsType<DeadlineTimingSyntax>(requirement.Body.Timing);
        var within = Assert.IsType<WithinDeadlineSyntax>(timing.Deadline);
        Assert.Equal("15 working days", Render(within.Duration));
        Assert.Equal(SyntaxKind.WorkingKeyword, within.Duration.Unit?.Qualifier?.Kind);
        Assert.Equal("strategy discussion", within.Anchor?.Text);
        Assert.Null(timing.Comma);
        Assert.NotNull(timing.ThenKeyword);
        var idiom = Assert.IsType<IdiomFrequencySyntax>(timing.Frequency);
        Assert.Equal("fortnightly", idiom.Idiom.Text);
    }

    [Fact]
    public void Before_deadline()
    {
        var requirement = ParseRequirement("CIN plan before CP plan end");

        Assert.Equal("CIN plan", requirement.Subject.Text);
        var timing = Assert.IsType<DeadlineTimingSyntax>(requirement.Body.Timing);
        var before = Assert.IsType<BeforeDeadlineSyntax>(timing.Deadline);
        Assert.Equal(SyntaxKind.BeforeKeyword, before.BeforeKeyword.Kind);
        Assert.Equal("CP plan end", before.Anchor.Text);
        Assert.Null(timing.ThenKeyword);
        Assert.Null(timing.Frequency);
    }

    [Theory]
    [InlineData("report shared at least 3 working days before ICPC", "at", "3 working days", false)]
    [InlineData("chronology entry within 2 weeks before transfer", "within", "2 weeks", false)]
    [InlineData("care plan update before each CLA review", null, null, true)]
    [InlineData("consultation at least 20 working days before each CLA review", "at", "20 working days", true)]
    public void Before_deadline_with_a_lead_time_a_window_or_each(string line, string? first, string? duration, bool each)
    {
        var requirement = ParseRequirement(line);
        var before = Assert.IsType<BeforeDeadlineSyntax>(Assert.IsType<DeadlineTimingSyntax>(requirement.Body.Timing).Deadline);
        Assert.Equal(first, (before.AtKeyword ?? before.WithinKeyword)?.Text);
        Assert.Equal(first == "at", before.LeastKeyword is not null);
        Assert.Equal(duration, before.Duration?.ToString().Trim());
        Assert.Equal(each, before.EachKeyword is not null);
        Assert.NotEqual("each", before.Anchor.Text.Split(' ')[0]);
    }

    [Fact]
    public void Each_and_in_are_still_words_in_terms()
    {
        var requirement = ParseRequirement("each visit in time before CLA review");
        Assert.Equal("each visit in time", requirement.Subject.Text);
    }

    [Fact]
    public void By_the_same_day_deadline()
    {
        var requirement = ParseRequirement("CIN plan by the same day");

        var sameDay = Assert.IsType<SameDayDeadlineSyntax>(Assert.IsType<DeadlineTimingSyntax>(requirement.Body.Timing).Deadline);
        Assert.Equal("day", sameDay.DayKeyword.Text);
    }

    [Fact]
    public void Recorded_without_timing()
    {
        var requirement = ParseRequirement("mapping recorded");

        Assert.Equal("mapping", requirement.Subject.Text);
        Assert.Equal(SyntaxKind.RecordedKeyword, requirement.Body.RecordedKeyword?.Kind);
        Assert.Null(requirement.Body.Timing);
        Assert.Empty(requirement.Body.Allowances);
    }

    [Fact]
    public void Recorded_with_a_deadline()
    {
        var requirement = ParseRequirement("genogram recorded within 20 working days of referral");

        Assert.NotNull(requirement.Body.RecordedKeyword);
        var within = Assert.IsType<WithinDeadlineSyntax>(Assert.IsType<DeadlineTimingSyntax>(requirement.Body.Timing).Deadline);
        Assert.Equal("referral", within.Anchor?.Text);
    }

    [Fact]
    public void Unless_without_timing()
    {
        var requirement = ParseRequirement("assessment shared with family unless recorded reason");

        Assert.Equal("assessment shared with family", requirement.Subject.Text);
        Assert.Null(requirement.Body.Timing);
        var unless = Assert.IsType<UnlessAllowanceSyntax>(Assert.Single(requirement.Body.Allowances));
        Assert.Equal("reason", unless.Record.Text);
    }

    [Fact]
    public void Unless_without_recorded()
    {
        var requirement = ParseRequirement("CIN visit every 4 weeks unless management decision");

        var unless = Assert.IsType<UnlessAllowanceSyntax>(Assert.Single(requirement.Body.Allowances));
        Assert.Null(unless.RecordedKeyword);
        Assert.Equal("management decision", unless.Record.Text);
    }

    [Theory]
    [InlineData("CIN visit 4-weekly", null, null, "4-weekly")]
    [InlineData("CIN visit 4 weekly", SyntaxKind.NumberToken, "4", "weekly")]
    [InlineData("CIN visit four weekly", SyntaxKind.NumberWordToken, "four", "weekly")]
    [InlineData("CIN visit fortnightly", null, null, "fortnightly")]
    [InlineData("CIN review six-monthly", null, null, "six-monthly")]
    [InlineData("CIN review quarterly", null, null, "quarterly")]
    [InlineData("CIN review annually", null, null, "annually")]
    [InlineData("CIN review bi-monthly", null, null, "bi-monthly")]
    [InlineData("CIN visit monthly", null, null, "monthly")]
    [InlineData("CIN visit 12-monthly", null, null, "12-monthly")]
    public void Idiom_frequencies(string line, SyntaxKind? countKind, string? count, string idiom)
    {
        var requirement = ParseRequirement(line);

        var frequency = Assert.IsType<IdiomFrequencySyntax>(Assert.IsType<CadenceTimingSyntax>(requirement.Body.Timing).Frequency);
        Assert.Null(frequency.AtKeyword);
        Assert.Equal(countKind, frequency.Count?.Kind);
        Assert.Equal(count, frequency.Count?.Text);
        Assert.Equal(SyntaxKind.FrequencyWordToken, frequency.Idiom.Kind);
        Assert.Equal(idiom, frequency.Idiom.Text);
        Assert.Empty(requirement.Body.Allowances);
    }

    [Fact]
    public void At_least_before_an_idiom()
    {
        var requirement = ParseRequirement("CIN visit at least 4 weekly");

        var frequency = Assert.IsType<IdiomFrequencySyntax>(Assert.IsType<CadenceTimingSyntax>(requirement.Body.Timing).Frequency);
        Assert.Equal(SyntaxKind.AtKeyword, frequency.AtKeyword?.Kind);
        Assert.Equal(SyntaxKind.LeastKeyword, frequency.LeastKeyword?.Kind);
        Assert.Equal("4", frequency.Count?.Text);
    }

    [Fact]
    public void At_least_every()
    {
        var requirement = ParseRequirement("CIN visit at least every six months");

        var every = Assert.IsType<EveryFrequencySyntax>(Assert.IsType<CadenceTimingSyntax>(requirement.Body.Timing).Frequency);
        Assert.NotNull(every.AtKeyword);
        Assert.NotNull(every.LeastKeyword);
        Assert.Equal(SyntaxKind.NumberWordToken, every.Duration.Count?.Kind);
        Assert.Equal("six months", Render(every.Duration));
    }

    [Theory]
    [InlineData("one", "1")]
    [InlineData("two", "2")]
    [InlineData("four", "4")]
    [InlineData("ten", "10")]
    [InlineData("twelve", "12")]
    public void Number_words_count(string word, string digits)
    {
        var inWords = ParseRequirement($"CIN visit every {word} weeks");
        var inDigits = ParseRequirement($"CIN visit every {digits} weeks");

        var wordCount = Assert.IsType<EveryFrequencySyntax>(((CadenceTimingSyntax)inWords.Body.Timing!).Frequency).Duration.Count;
        var digitCount = Assert.IsType<EveryFrequencySyntax>(((CadenceTimingSyntax)inDigits.Body.Timing!).Frequency).Duration.Count;
        Assert.Equal(SyntaxKind.NumberWordToken, wordCount?.Kind);
        Assert.Equal(word, wordCount?.Text);
        Assert.Equal(SyntaxKind.NumberToken, digitCount?.Kind);
        Assert.Equal(digits, digitCount?.Text);
    }

    [Theory]
    [InlineData("12 hours", null, SyntaxKind.HoursKeyword)]
    [InlineData("1 hour", null, SyntaxKind.HoursKeyword)]
    [InlineData("2 days", null, SyntaxKind.DaysKeyword)]
    [InlineData("1 day", null, SyntaxKind.DaysKeyword)]
    [InlineData("20 working days", SyntaxKind.WorkingKeyword, SyntaxKind.DaysKeyword)]
    [InlineData("2 calendar days", SyntaxKind.CalendarKeyword, SyntaxKind.DaysKeyword)]
    [InlineData("6 weeks", null, SyntaxKind.WeeksKeyword)]
    [InlineData("1 week", null, SyntaxKind.WeeksKeyword)]
    [InlineData("3 months", null, SyntaxKind.MonthsKeyword)]
    [InlineData("1 year", null, SyntaxKind.YearsKeyword)]
    [InlineData("2 working hours", SyntaxKind.WorkingKeyword, SyntaxKind.HoursKeyword)]
    public void Units(string duration, SyntaxKind? qualifier, SyntaxKind unit)
    {
        var requirement = ParseRequirement($"assessment within {duration} of referral");

        var within = Assert.IsType<WithinDeadlineSyntax>(((DeadlineTimingSyntax)requirement.Body.Timing!).Deadline);
        Assert.Equal(duration, Render(within.Duration));
        Assert.Equal(qualifier, within.Duration.Unit?.Qualifier?.Kind);
        Assert.Equal(unit, within.Duration.Unit?.UnitKeyword.Kind);
    }

    [Fact]
    public void A_duration_without_a_unit_parses_so_that_the_binder_can_explain()
    {
        var requirement = ParseRequirement("family network meeting within 12 of involvement start");

        var within = Assert.IsType<WithinDeadlineSyntax>(((DeadlineTimingSyntax)requirement.Body.Timing!).Deadline);
        Assert.Equal("12", within.Duration.Count?.Text);
        Assert.Null(within.Duration.Unit);
        Assert.Equal("involvement start", within.Anchor?.Text);
    }

    [Theory]
    [InlineData("every month", SyntaxKind.MonthsKeyword)]
    [InlineData("every week", SyntaxKind.WeeksKeyword)]
    [InlineData("at least every working day", SyntaxKind.DaysKeyword)]
    public void A_unit_without_a_number_means_one(string timing, SyntaxKind unit)
    {
        var requirement = ParseRequirement($"supervision {timing}");

        var every = Assert.IsType<EveryFrequencySyntax>(Assert.IsType<CadenceTimingSyntax>(requirement.Body.Timing).Frequency);
        Assert.Null(every.Duration.Count);
        Assert.Equal(unit, every.Duration.Unit?.UnitKeyword.Kind);
        Assert.Equal([SyntaxKind.Unit], every.Duration.GetChildren().Select(c => c.Kind));
    }

    [Fact]
    public void Maximum_is_max()
    {
        var requirement = ParseRequirement("CIN visit every 4 weeks, maximum 6 weeks");

        var max = Assert.IsType<MaxAllowanceSyntax>(Assert.Single(requirement.Body.Allowances));
        Assert.Equal(SyntaxKind.MaxKeyword, max.MaxKeyword.Kind);
        Assert.Equal("maximum", max.MaxKeyword.Text);
        Assert.NotNull(max.Comma);
    }

    [Fact]
    public void A_quoted_term()
    {
        var requirement = ParseRequirement("\"family network meeting\" within 12 weeks of \"involvement start\"");

        var subject = Assert.Single(requirement.Subject.Tokens);
        Assert.Equal(SyntaxKind.StringToken, subject.Kind);
        Assert.Equal("family network meeting", requirement.Subject.Text);
        var within = Assert.IsType<WithinDeadlineSyntax>(((DeadlineTimingSyntax)requirement.Body.Timing!).Deadline);
        Assert.Equal("involvement start", within.Anchor?.Text);
    }

    [Fact]
    public void Soft_keywords_are_words_of_a_term()
    {
        // "the", "record", "source", "version" and "starts" are keywords elsewhere but words here.
        var requirement = ParseRequirement("the record source version starts every 4 weeks");

        Assert.Equal("the record source version starts", requirement.Subject.Text);
        Assert.Equal(
            [SyntaxKind.TheKeyword, SyntaxKind.RecordKeyword, SyntaxKind.SourceKeyword, SyntaxKind.VersionKeyword, SyntaxKind.StartsKeyword],
            requirement.Subject.Tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Words_with_hyphens_apostrophes_underscores_and_digits()
    {
        var requirement = ParseRequirement("child's long-term S47 child_seen café every 4 weeks");

        Assert.Equal(["child's", "long-term", "S47", "child_seen", "café"], requirement.Subject.Tokens.Select(t => t.Text));
        Assert.All(requirement.Subject.Tokens, t => Assert.Equal(SyntaxKind.WordToken, t.Kind));
    }

    // ------------------------------------------------------------------ vocabulary

    [Theory]
    [InlineData("event", SyntaxKind.EventKeyword)]
    [InlineData("record", SyntaxKind.RecordKeyword)]
    [InlineData("period", SyntaxKind.PeriodKeyword)]
    [InlineData("subject", SyntaxKind.SubjectKeyword)]
    public void Table_term_declarations(string kind, SyntaxKind keyword)
    {
        var declaration = ParseTermDeclaration($"{kind} \"CIN visit\" means visits\n  also \"CIN visits\", \"child in need visit\"\n  also \"child in need visits\"");

        var definition = Assert.IsType<TableTermDefinitionSyntax>(declaration.Definition);
        Assert.Equal(keyword, definition.KindKeyword.Kind);
        Assert.Equal("CIN visit", definition.Name.ValueText);
        Assert.Equal(SyntaxKind.MeansKeyword, definition.MeansKeyword.Kind);
        Assert.Equal("visits", Render(definition.Table));
        Assert.Null(definition.WhereKeyword);
        Assert.Null(definition.Condition);
        Assert.Null(definition.DatedKeyword);
        Assert.Null(definition.DateField);

        Assert.Equal(2, declaration.AlsoLines.Length);
        Assert.Equal(SyntaxKind.AlsoKeyword, declaration.AlsoLines[0].AlsoKeyword.Kind);
        Assert.Equal(["CIN visits", "child in need visit"], declaration.AlsoLines[0].Names.Select(n => n.ValueText));
        Assert.Equal(["child in need visits"], declaration.AlsoLines[1].Names.Select(n => n.ValueText));
    }

    [Fact]
    public void Table_term_with_a_condition_and_a_date_field()
    {
        var declaration = ParseTermDeclaration("record \"chronology update\" means documents where kind is \"chronology\" and not draft dated updated");

        var definition = Assert.IsType<TableTermDefinitionSyntax>(declaration.Definition);
        Assert.Equal("documents", Render(definition.Table));
        Assert.Equal(SyntaxKind.WhereKeyword, definition.WhereKeyword?.Kind);
        Assert.Equal("([kind is \"chronology\"] and (not draft))", Render(definition.Condition!));
        Assert.Equal(SyntaxKind.DatedKeyword, definition.DatedKeyword?.Kind);
        Assert.Equal("updated", Render(definition.DateField!));
        Assert.Empty(declaration.AlsoLines);
    }

    [Theory]
    [InlineData("event \"visit written up\" means visits where recorded dated recorded", "recorded")]
    [InlineData("event \"report\" means meetings where before and by is \"x\" dated within", "within")]
    public void A_field_may_be_named_like_a_rule_keyword(string line, string dateField)
    {
        var definition = Assert.IsType<TableTermDefinitionSyntax>(ParseTermDeclaration(line).Definition);
        Assert.Equal(dateField, Render(definition.DateField!));
    }

    [Theory]
    [InlineData("cohort", SyntaxKind.CohortKeyword)]
    [InlineData("role", SyntaxKind.RoleKeyword)]
    public void Condition_term_declarations(string kind, SyntaxKind keyword)
    {
        var declaration = ParseTermDeclaration($"{kind} \"social worker\" means role is \"social worker\" or role is \"senior social worker\"\n  also \"social workers\"");

        var definition = Assert.IsType<ConditionTermDefinitionSyntax>(declaration.Definition);
        Assert.Equal(keyword, definition.KindKeyword.Kind);
        Assert.Equal("social worker", definition.Name.ValueText);
        Assert.Equal("([role is \"social worker\"] or [role is \"senior social worker\"])", Render(definition.Condition));
        Assert.Equal(["social workers"], Assert.Single(declaration.AlsoLines).Names.Select(n => n.ValueText));
    }

    [Fact]
    public void Action_term_declaration()
    {
        var declaration = ParseTermDeclaration("action \"signed off\" means signed_off_by\n  also \"authorised\", \"approved\"");

        var definition = Assert.IsType<ActionTermDefinitionSyntax>(declaration.Definition);
        Assert.Equal(SyntaxKind.ActionKeyword, definition.KindKeyword.Kind);
        Assert.Equal("signed off", definition.Name.ValueText);
        Assert.Equal("signed_off_by", Render(definition.Field));
        Assert.Equal(["authorised", "approved"], Assert.Single(declaration.AlsoLines).Names.Select(n => n.ValueText));
    }

    [Theory]
    [InlineData("a", "a")]
    [InlineData("a and b or c", "((a and b) or c)")]
    [InlineData("a or b and c", "(a or (b and c))")]
    [InlineData("a and b and c", "((a and b) and c)")]
    [InlineData("a or b or c", "((a or b) or c)")]
    [InlineData("a and b or c and d", "((a and b) or (c and d))")]
    [InlineData("not a and b", "((not a) and b)")]
    [InlineData("a or not b", "(a or (not b))")]
    [InlineData("not not a", "(not (not a))")]
    [InlineData("kind is \"CIN\" and child_seen", "([kind is \"CIN\"] and child_seen)")]
    [InlineData("child_seen_alone is yes", "[child_seen_alone is yes]")]
    [InlineData("disabled is no", "[disabled is no]")]
    [InlineData("age is not 16", "[age is not 16]")]
    [InlineData("score is 2.5", "[score is 2.5]")]
    [InlineData("not kind is not \"CP\"", "(not [kind is not \"CP\"])")]
    [InlineData("open_for at least 12 months", "[open_for at least 12 months]")]
    [InlineData("age at least 16 years or disabled", "([age at least 16 years] or disabled)")]
    [InlineData("child.address.postcode is \"BS1\"", "[child.address.postcode is \"BS1\"]")]
    [InlineData("role is \"IRO\"", "[role is \"IRO\"]")]
    public void Conditions_group_and_before_or_and_not_tightest(string condition, string grouped)
    {
        Assert.Equal(grouped, Render(ParseCondition(condition)));
    }

    [Fact]
    public void And_binds_tighter_than_or_in_the_tree_itself()
    {
        var condition = ParseCondition("a and b or c");

        var or = Assert.IsType<BinaryConditionSyntax>(condition);
        Assert.Equal(SyntaxKind.OrKeyword, or.OperatorKeyword.Kind);
        var and = Assert.IsType<BinaryConditionSyntax>(or.Left);
        Assert.Equal(SyntaxKind.AndKeyword, and.OperatorKeyword.Kind);
        Assert.Equal("a", Render(Assert.IsType<FlagConditionSyntax>(and.Left).Field));
        Assert.Equal("b", Render(Assert.IsType<FlagConditionSyntax>(and.Right).Field));
        Assert.Equal("c", Render(Assert.IsType<FlagConditionSyntax>(or.Right).Field));
    }

    [Fact]
    public void A_field_path_keeps_its_dots_as_separators()
    {
        var condition = Assert.IsType<FlagConditionSyntax>(ParseCondition("child.disabled"));

        Assert.Equal(["child", "disabled"], condition.Field.Parts.Select(p => p.Text));
        Assert.Equal(SyntaxKind.DotToken, condition.Field.Parts.GetSeparator(0).Kind);
    }

    [Fact]
    public void The_shared_vocabulary_has_a_declaration_per_term_with_its_also_lines()
    {
        var tree = ParseClean(File.ReadAllText(Repository.PathOf("directions", "vocabulary.pd")));

        var vocabulary = Assert.IsType<VocabularyDeclarationSyntax>(Assert.Single(tree.Root.Members));
        var declarations = vocabulary.Members.Cast<TermDeclarationSyntax>().ToList();
        var visit = declarations.Single(d => d.Definition.Name.ValueText == "CIN visit");
        Assert.Equal(SyntaxKind.EventKeyword, visit.Definition.KindKeyword.Kind);
        Assert.Equal(["CIN visits", "child in need visit", "child in need visits"], visit.AlsoLines.SelectMany(a => a.Names).Select(n => n.ValueText));
        Assert.Contains(declarations, d => d.Definition is ActionTermDefinitionSyntax && d.AlsoLines.IsEmpty);
    }

    // ------------------------------------------------------------------ case and full stops

    [Fact]
    public void Keywords_are_case_insensitive()
    {
        var tree = ParseClean("DIRECTION \"D\"\n  Version 1, EFFECTIVE From 2021-09-01\nRule \"R\"\n  CIN Visit EVERY 4 WEEKS Unless Recorded rationale, MAXIMUM 6\n  CIN visit Fortnightly\n  CIN review Chaired BY team manager\n");

        var direction = Assert.IsType<DirectionDeclarationSyntax>(Assert.Single(tree.Root.Members));
        Assert.Equal(SyntaxKind.DirectionKeyword, direction.Header.DirectionKeyword.Kind);
        Assert.Equal("DIRECTION", direction.Header.DirectionKeyword.Text);
        var header = Assert.IsType<HeaderLineSyntax>(direction.Members[0]);
        Assert.Equal([SyntaxKind.VersionHeaderItem, SyntaxKind.EffectiveHeaderItem], header.Items.Select(i => i.Kind));
        var rule = Assert.IsType<RuleDeclarationSyntax>(direction.Members[1]);
        Assert.Equal(SyntaxKind.RuleKeyword, rule.Header.RuleKeyword.Kind);

        var card = Assert.IsType<RequirementClauseSyntax>(((ClauseLineSyntax)rule.Lines[0]).Clause).Requirement;
        Assert.Equal("CIN Visit", card.Subject.Text);
        var every = Assert.IsType<EveryFrequencySyntax>(Assert.IsType<CadenceTimingSyntax>(card.Body.Timing).Frequency);
        Assert.Equal(SyntaxKind.WeeksKeyword, every.Duration.Unit?.UnitKeyword.Kind);
        Assert.Equal("WEEKS", every.Duration.Unit?.UnitKeyword.Text);
        Assert.Equal([SyntaxKind.UnlessAllowance, SyntaxKind.MaxAllowance], card.Body.Allowances.Select(a => a.Kind));

        var idiom = Assert.IsType<RequirementClauseSyntax>(((ClauseLineSyntax)rule.Lines[1]).Clause).Requirement;
        Assert.Equal("Fortnightly", Assert.IsType<IdiomFrequencySyntax>(((CadenceTimingSyntax)idiom.Body.Timing!).Frequency).Idiom.Text);

        var role = Assert.IsType<RoleClauseSyntax>(((ClauseLineSyntax)rule.Lines[2]).Clause);
        Assert.Equal("CIN review Chaired", role.Subject.Text);
        Assert.Equal("BY", role.ByKeyword.Text);
    }

    [Fact]
    public void A_trailing_full_stop_is_accepted_on_every_kind_of_line()
    {
        var tree = ParseClean(
            "direction \"D\".\n  version 1.\nrule \"R\".\n  cites \"S000-07\".\n  CIN visit every 4 weeks.\n  CIN visit 4-weekly .\n"
            + "vocabulary \"V\".\naction \"chaired\" means chair.\n  also \"chair\".\ncohort \"c\" means child.disabled.\n");

        var lines = tree.Root.DescendantNodesAndSelf().OfType<LineSyntax>().ToList();
        Assert.Equal(10, lines.Count);
        Assert.All(lines, line =>
        {
            Assert.NotNull(line.FullStop);
            Assert.Equal(SyntaxKind.DotToken, line.FullStop.Kind);
            Assert.Equal(".", line.FullStop.Text);
        });

        // The full stop is not part of the last field path, but a dot inside it is.
        var action = tree.Root.DescendantNodesAndSelf().OfType<ActionTermDefinitionSyntax>().Single();
        Assert.Equal("chair", Render(action.Field));
        var cohort = tree.Root.DescendantNodesAndSelf().OfType<ConditionTermDefinitionSyntax>().Single();
        Assert.Equal("child.disabled", Render(Assert.IsType<FlagConditionSyntax>(cohort.Condition).Field));
    }

    [Fact]
    public void A_version_is_not_taken_for_a_full_stop()
    {
        var item = ParseHeaderItem<VersionHeaderItemSyntax>("version 2021.1.");

        Assert.Equal("2021.1", item.Value.Text);
        Assert.NotNull(((HeaderLineSyntax)item.Parent!).FullStop);
    }

    // ------------------------------------------------------------------ grouping lines

    [Fact]
    public void Clause_lines_belong_to_the_rule_above_them()
    {
        var tree = ParseClean("""
            direction "D"
            rule "First"
              cites "a"

              # a comment between clauses
              CIN visit every 4 weeks
            rule "Second"
              quote "q"
              CIN review within 3 months
              CIN review chaired by IRO
            """);

        var direction = Assert.IsType<DirectionDeclarationSyntax>(Assert.Single(tree.Root.Members));
        var rules = direction.Members.Cast<RuleDeclarationSyntax>().ToList();
        Assert.Equal(["First", "Second"], rules.Select(r => r.Header.Name.ValueText));
        Assert.Equal([SyntaxKind.CitesClause, SyntaxKind.RequirementClause], rules[0].Lines.Select(l => ((ClauseLineSyntax)l).Clause.Kind));
        Assert.Equal(
            [SyntaxKind.QuoteClause, SyntaxKind.RequirementClause, SyntaxKind.RoleClause],
            rules[1].Lines.Select(l => ((ClauseLineSyntax)l).Clause.Kind));
        Assert.All(rules[1].Lines, line => Assert.Same(rules[1], line.Parent));
    }

    [Fact]
    public void Header_lines_belong_to_the_direction()
    {
        var tree = ParseClean("""
            # leading comment
            direction "D"
              id "d"
              issued by "Bristol City Council"
              version 2021.1, effective from 2021-09-01
            rule "R"
              CIN visit every 4 weeks
            """);

        var direction = Assert.IsType<DirectionDeclarationSyntax>(Assert.Single(tree.Root.Members));
        Assert.Equal("D", direction.Header.Title.ValueText);
        Assert.Equal(
            [SyntaxKind.HeaderLine, SyntaxKind.HeaderLine, SyntaxKind.HeaderLine, SyntaxKind.RuleDeclaration],
            direction.Members.Select(m => m.Kind));
        Assert.All(direction.Members, member => Assert.Same(direction, member.Parent));
        Assert.Same(tree.Root, direction.Parent);
        Assert.Equal(SyntaxKind.EndOfFileToken, tree.Root.EndOfFile.Kind);
    }

    [Fact]
    public void A_second_direction_in_the_same_file_starts_a_new_declaration()
    {
        var tree = ParseClean("""
            direction "First"
              version 1
            rule "A"
              CIN visit every 4 weeks
            direction "Second"
              version 2
            rule "B"
              CIN visit every 6 weeks
            rule "C"
              CIN review within 3 months
            """);

        var directions = tree.Root.Members.Cast<DirectionDeclarationSyntax>().ToList();
        Assert.Equal(["First", "Second"], directions.Select(d => d.Header.Title.ValueText));
        Assert.Equal([SyntaxKind.HeaderLine, SyntaxKind.RuleDeclaration], directions[0].Members.Select(m => m.Kind));
        Assert.Equal([SyntaxKind.HeaderLine, SyntaxKind.RuleDeclaration, SyntaxKind.RuleDeclaration], directions[1].Members.Select(m => m.Kind));
        Assert.Equal(["B", "C"], directions[1].Members.OfType<RuleDeclarationSyntax>().Select(r => r.Header.Name.ValueText));
    }

    [Fact]
    public void A_vocabulary_and_a_direction_in_one_file()
    {
        var tree = ParseClean("""
            vocabulary "V"
            event "CIN visit" means visits
              also "CIN visits"
            cohort "DCSS" means service_area is "DCSS"
            direction "D"
            rule "R"
              CIN visits every 4 weeks
            vocabulary "W"
            action "chaired" means chair
            """);

        Assert.Equal(
            [SyntaxKind.VocabularyDeclaration, SyntaxKind.DirectionDeclaration, SyntaxKind.VocabularyDeclaration],
            tree.Root.Members.Select(m => m.Kind));
        var first = (VocabularyDeclarationSyntax)tree.Root.Members[0];
        Assert.Equal(["CIN visit", "DCSS"], first.Members.Cast<TermDeclarationSyntax>().Select(t => t.Definition.Name.ValueText));
        Assert.Single(((TermDeclarationSyntax)first.Members[0]).AlsoLines);
        Assert.Empty(((TermDeclarationSyntax)first.Members[1]).AlsoLines);
        var last = (VocabularyDeclarationSyntax)tree.Root.Members[2];
        Assert.Equal("W", last.Header.Title.ValueText);
        Assert.Single(last.Members);
    }

    [Fact]
    public void A_line_that_cannot_be_read_stays_where_it_stands_with_all_its_tokens()
    {
        var tree = SyntaxTree.Parse("direction \"D\"\nrule \"R\"\n  CIN visit every 4 weeks 5 unless recorded rationale\n  cites \"a\"\n");

        var rule = tree.Root.DescendantNodesAndSelf().OfType<RuleDeclarationSyntax>().Single();
        var broken = Assert.IsType<ErroneousLineSyntax>(rule.Lines[0]);
        Assert.Equal(["CIN", "visit", "every", "4", "weeks", "5", "unless", "recorded", "rationale"], broken.Tokens.Select(t => t.Text));
        Assert.Equal("\n", broken.LineEnd.Text);
        Assert.IsType<ClauseLineSyntax>(rule.Lines[1]);
        Assert.Single(tree.Diagnostics);
    }

    [Fact]
    public void Spans_and_locations_of_nodes()
    {
        var text = "direction \"D\"\nrule \"R\"\n  CIN visit every 4 weeks # note\n";
        var tree = ParseClean(text);

        var requirement = tree.Root.DescendantNodesAndSelf().OfType<RequirementSyntax>().Single();
        Assert.Equal("CIN visit every 4 weeks", text.Substring(requirement.Span.Start, requirement.Span.Length));
        Assert.Equal("  CIN visit every 4 weeks # note", text.Substring(requirement.FullSpan.Start, requirement.FullSpan.Length));
        Assert.Equal(2, requirement.Location.Start.Line);
        Assert.Equal(2, requirement.Location.Start.Character);
        Assert.Equal([SyntaxKind.ClauseLine, SyntaxKind.RuleDeclaration, SyntaxKind.DirectionDeclaration, SyntaxKind.CompilationUnit],
            requirement.Ancestors().Skip(1).Select(a => a.Kind));
    }
}
