using Directions.Compiler;
using Directions.Compiler.Binding;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Syntax;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Binding;

/// <summary>
/// The binder's diagnostics (DIR2xxx) and the cross-direction checks (DIR3xxx): for each, the ID,
/// the message and the span, marked in the source with square brackets (see <see cref="AnnotatedText"/>).
/// Unless a test says otherwise, the direction is compiled with the real shared vocabulary.
/// </summary>
public sealed class StaticCheckTests
{
    private static string Rule(params string[] lines) => Compile.Rule(lines);

    // ------------------------------------------------------------------ DIR2001 unknown term

    [Fact]
    public void DIR2001_unknown_term_suggests_the_nearest_known_one()
    {
        Compile.Verify(
            Rule("[CIN vist] every 4 weeks"),
            ("DIR2001", "'CIN vist' is not a term I know. Did you mean 'CIN visit'?"));
    }

    [Fact]
    public void DIR2001_unknown_term_with_nothing_near_it_says_how_to_fix_it()
    {
        Compile.Verify(
            Rule("[zzqqxx] every 4 weeks"),
            ("DIR2001", "'zzqqxx' is not a term I know. Check the spelling, or add it to the vocabulary as an event or a record."));
    }

    [Fact]
    public void DIR2001_is_reported_wherever_a_term_stands()
    {
        Compile.Verify(
            Rule(
                "CIN review chaired by [team manger]",
                "applies to [disabled chld]",
                "CIN visit within 5 days of [refferal]"),
            ("DIR2001", "'team manger' is not a term I know. Did you mean 'team manager'?"),
            ("DIR2001", "'disabled chld' is not a term I know. Did you mean 'disabled child'?"),
            ("DIR2001", "'refferal' is not a term I know. Did you mean 'referral'?"));
    }

    [Fact]
    public void DIR2001_unknown_rationale_trigger_and_action()
    {
        Compile.Verify(
            Rule(
                "CIN visit every 4 weeks unless recorded [rationle]",
                "when [CP plan endz]: CIN plan by the same day",
                "CIN review every 3 months",
                "[chaird] by team manager"),
            ("DIR2001", "'rationle' is not a term I know. Did you mean 'rationale'?"),
            ("DIR2001", "'CP plan endz' is not a term I know. Did you mean 'CP plan end'?"),
            ("DIR2001", "'chaird' is not a term I know. Did you mean 'chaired'?"));
    }

    [Fact]
    public void DIR2001_misspelt_action_after_its_event_suggests_the_action()
    {
        Compile.Verify(
            Rule("[CIN review chaird] by team manager"),
            ExpectedDiagnostic.Containing("DIR2001", "Did you mean 'CIN review chaired'?"));
    }

    // ------------------------------------------------------------------ DIR2002 maximum shorter than the cadence

    [Fact]
    public void DIR2002_maximum_shorter_than_the_cadence()
    {
        Compile.Verify(
            Rule("CIN visit every 6 weeks unless recorded rationale, max [4 weeks]"),
            ("DIR2002", "The maximum of 4 weeks is shorter than the cadence of every 6 weeks, so a recorded rationale could never allow a longer gap. Make the maximum longer than the cadence of every 6 weeks."));
    }

    [Fact]
    public void DIR2002_bare_maximum_in_the_cadence_unit()
    {
        Compile.Verify(
            Rule("CIN visit every 6 weeks unless recorded rationale, max [4]"),
            ("DIR2002", "The maximum of 4 weeks is shorter than the cadence of every 6 weeks, so a recorded rationale could never allow a longer gap. Make the maximum longer than the cadence of every 6 weeks."));
    }

    [Fact]
    public void DIR2002_maximum_shorter_than_a_deadline()
    {
        Compile.Verify(
            Rule("family network meeting within 12 weeks of referral unless recorded rationale, max [10 weeks]"),
            ("DIR2002", "The maximum of 10 weeks is shorter than the limit of 12 weeks, so a recorded rationale could never allow a longer gap. Make the maximum longer than the limit of 12 weeks."));
    }

    [Theory]
    [InlineData("every 4 weeks unless recorded rationale, max 1 month")]
    [InlineData("every 1 month unless recorded rationale, max 4 weeks")]
    [InlineData("within 5 working days of referral unless recorded rationale, max 1 week")]
    public void DIR2002_is_not_reported_when_the_maximum_may_be_as_long_on_some_dates(string timing)
    {
        var compilation = Compile.Direction(Rule($"CIN visit {timing}"));

        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Id == "DIR2002");
    }

    [Fact]
    public void DIR2002_maximum_of_an_except_line_shorter_than_the_cadence()
    {
        var compilation = Compile.Direction(Rule(
            "CIN visit every 4 weeks unless recorded rationale, max 6",
            "except long-term DCSS: max 3 weeks"));

        var diagnostic = Assert.Single(compilation.GetDiagnostics());
        Assert.Equal("DIR2002", diagnostic.Id);
        Assert.Equal(6, diagnostic.Location.Start.Line);
        Assert.Equal("The maximum of 3 weeks is shorter than the cadence of every 4 weeks, so a recorded rationale could never allow a longer gap. Make the maximum longer than the cadence of every 4 weeks.", diagnostic.Message);
    }

    [Fact]
    public void DIR2002_on_an_except_line_points_at_the_maximum()
    {
        Compile.Verify(
            Rule(
                "CIN visit every 4 weeks unless recorded rationale, max 6",
                "except long-term DCSS: max [3 weeks]",
                "except DCSS: every 6 weeks unless recorded rationale, max [5 weeks]"),
            ("DIR2002", "The maximum of 3 weeks is shorter than the cadence of every 4 weeks, so a recorded rationale could never allow a longer gap. Make the maximum longer than the cadence of every 4 weeks."),
            ("DIR2002", "The maximum of 5 weeks is shorter than the cadence of every 6 weeks, so a recorded rationale could never allow a longer gap. Make the maximum longer than the cadence of every 6 weeks."));
    }

    // ------------------------------------------------------------------ DIR2003 duplicate rule names

    [Fact]
    public void DIR2003_duplicate_rule_name_ignoring_capitals()
    {
        Compile.Verify(
            Compile.Header + """
                rule "CIN visits"
                  cites "S000-07"
                  CIN visit every 4 weeks

                rule ["CIN visits"]
                  cites "S000-08"
                  CIN review every 3 months

                rule ["cin VISITS "]
                  cites "S000-09"
                  CIN plan recorded
                """,
            ("DIR2003", "There is already a rule called 'CIN visits' in this direction (line 4). Give each rule its own name."),
            ("DIR2003", "There is already a rule called 'cin VISITS' in this direction (line 4). Give each rule its own name."));
    }

    // ------------------------------------------------------------------ DIR2004 units that make no sense

    [Fact]
    public void DIR2004_working_hours()
    {
        Compile.Verify(
            Rule("family network meeting within 3 [working hours] of referral"),
            ("DIR2004", "'working hours' is not a unit I can count: only days can be working days. Use 'working days', or 'hours' on its own."));
    }

    [Fact]
    public void DIR2004_working_weeks()
    {
        Compile.Verify(
            Rule("CIN visit every 4 [working weeks]"),
            ("DIR2004", "'working weeks' is not a unit I can count: only days can be working days. Use 'working days', or 'weeks' on its own."));
    }

    [Fact]
    public void DIR2004_calendar_weeks()
    {
        Compile.Verify(
            Rule("CIN visit every 4 [calendar weeks]"),
            ("DIR2004", "'calendar weeks' is not a unit I can count: 'calendar' goes with days, months and years. Use 'weeks' on its own."));
    }

    [Fact]
    public void DIR2004_hours_on_a_date_only_anchor()
    {
        Compile.Verify(
            Rule("CIN review within [24 hours] of CIN plan start"),
            ("DIR2004", "'CIN plan start' is recorded as a date without a time, so it cannot be measured in hours. Use days or working days."));
    }

    [Fact]
    public void DIR2004_hours_on_a_date_only_requirement()
    {
        Compile.Verify(
            Rule("genogram recorded within [24 hours] of referral"),
            ("DIR2004", "'genogram' is recorded as a date without a time, so it cannot be measured in hours. Use days or working days."));
    }

    [Fact]
    public void DIR2004_is_not_reported_for_hours_between_timed_records()
    {
        DiagnosticAssert.None(Compile.Direction(Rule("CP visit within 24 hours of referral")).GetDiagnostics());
    }

    // ------------------------------------------------------------------ DIR2005 exceptions that can never apply

    [Fact]
    public void DIR2005_except_with_the_same_limits_as_the_rule()
    {
        Compile.Verify(
            Rule(
                "CIN visit every 4 weeks unless recorded rationale, max 6",
                "[except long-term DCSS: max 6 weeks]"),
            ("DIR2005", "The exception for 'long-term DCSS' sets the same limits as the rule itself, so it can never change a finding. Change its limit or remove it."));
    }

    [Fact]
    public void DIR2005_except_that_only_changes_a_maximum_nothing_can_stretch()
    {
        Compile.Verify(
            Rule(
                "CIN visit every 4 weeks",
                "[except long-term DCSS: max 8 weeks]"),
            ("DIR2005", "The exception for 'long-term DCSS' only changes the maximum, but the requirement has no 'unless recorded ...' that the maximum could stretch. Add one to the requirement, or give the exception its own cadence."));
    }

    private const string AreaTeamVocabulary = """
        vocabulary "Extra cohorts"
        cohort "area team" means service_area is "Area Social Work Units"
        cohort "permanence team" means team is "Permanence"
        """;

    private static void VerifyWithExtraVocabulary(string annotated, params ExpectedDiagnostic[] expected)
    {
        var source = AnnotatedText.Parse(annotated);
        var compilation = DirectionCompilation.Create([
            SyntaxTree.Parse(source.Text, Compile.DirectionPath),
            Compile.Vocabulary,
            SyntaxTree.Parse(AreaTeamVocabulary, "extra.pd")]);
        DiagnosticAssert.None(compilation.GetDiagnostics().Where(d => d.Location.Path != Compile.DirectionPath));
        Compile.VerifyFile(compilation, Compile.DirectionPath, source, expected);
    }

    [Fact]
    public void DIR2005_except_whose_cohort_contradicts_applies_to()
    {
        VerifyWithExtraVocabulary(
            Rule(
                "applies to area team",
                "CIN visit every 4 weeks unless recorded rationale, max 6",
                "[except long-term DCSS: max 8 weeks]"),
            ("DIR2005", "The rule applies only to 'area team', and no child can be both 'area team' and 'long-term DCSS', so this exception can never apply."));
    }

    [Fact]
    public void DIR2005_is_not_reported_when_the_cohorts_can_overlap()
    {
        VerifyWithExtraVocabulary(Rule(
            "applies to DCSS",
            "CIN visit every 4 weeks unless recorded rationale, max 6",
            "except long-term DCSS: max 8 weeks"));
        VerifyWithExtraVocabulary(Rule(
            "applies to permanence team",
            "CIN visit every 4 weeks unless recorded rationale, max 6",
            "except area team: max 7 weeks"));
    }

    [Fact]
    public void DIR2005_except_whose_yes_no_cohort_contradicts_applies_to()
    {
        Compile.Verify(
            Rule(
                "applies to disabled child",
                "CIN visit every 4 weeks unless recorded rationale, max 6",
                "[except child without a disability: max 8 weeks]"),
            ("DIR2005", "The rule applies only to 'disabled child', and no child can be both 'disabled child' and 'child without a disability', so this exception can never apply."));
    }

    [Fact]
    public void DIR2005_unless_recorded_with_a_maximum_equal_to_the_cadence()
    {
        Compile.Verify(
            Rule("CIN visit every 4 weeks [unless recorded rationale], max 4 weeks"),
            ("DIR2005", "The maximum is the same as the cadence of every 4 weeks, so a recorded rationale can never allow a longer gap. Raise the maximum, or remove 'unless recorded rationale'."));
    }

    [Fact]
    public void DIR2005_is_a_warning()
    {
        var diagnostic = Assert.Single(Compile.Direction(Rule("CIN visit every 4 weeks unless recorded rationale, max 4")).GetDiagnostics());

        Assert.Equal("DIR2005", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    // ------------------------------------------------------------------ DIR3001, DIR3002 versions of one direction

    private static string Version(string version, string effective, string extraHeader = "", string title = "Visits") => $"""
        [direction "{title}"]
          issued by "Test Council", source "visits.pd"
          version {version}, effective from {effective}
        {extraHeader}
        rule "CIN visits"
          cites "S000-07"
          CIN visit every 4 weeks
        """;

    private static void VerifyVersions(string first, string second, params ExpectedDiagnostic[] expectedOnSecond)
    {
        var a = AnnotatedText.Parse(first);
        var b = AnnotatedText.Parse(second);
        foreach (var order in new[] { new[] { ("a.pd", a.Text), ("b.pd", b.Text) }, new[] { ("b.pd", b.Text), ("a.pd", a.Text) } })
        {
            var compilation = Compile.Files(withVocabulary: true, order);
            DiagnosticAssert.None(compilation.GetDiagnostics().Where(d => d.Location.Path != "b.pd"));
            Compile.VerifyFile(compilation, "b.pd", b with { Spans = b.Spans[..expectedOnSecond.Length] }, expectedOnSecond);
        }
    }

    [Fact]
    public void DIR3001_two_open_ended_versions_overlap()
    {
        VerifyVersions(
            Version("1", "2021-09-01"),
            Version("2", "2023-01-01"),
            ("DIR3001", "Versions 1 and 2 of direction 'visits' are both in force from 2023-01-01. End the earlier one with 'until', or say 'supersedes \"visits\" version 1'."));
    }

    [Fact]
    public void DIR3001_points_back_at_the_earlier_version()
    {
        var compilation = Compile.Files(true,
            ("a.pd", AnnotatedText.Parse(Version("2021.1", "2021-09-01")).Text),
            ("b.pd", AnnotatedText.Parse(Version("2023.1", "2023-01-01")).Text));

        var diagnostic = Assert.Single(compilation.GetDiagnostics());
        Assert.Equal("DIR3001", diagnostic.Id);
        Assert.Equal("b.pd", diagnostic.Location.Path);
        var earlier = Assert.Single(diagnostic.AdditionalLocations);
        Assert.Equal("a.pd", earlier.Path);
        Assert.Equal(0, earlier.Start.Line);
    }

    [Fact]
    public void DIR3001_same_id_under_different_titles()
    {
        VerifyVersions(
            Version("1", "2021-09-01", "  id \"bristol-visits\"", "Visits 2021"),
            Version("2", "2022-04-01", "  id \"Bristol-Visits\"", "Visits 2022"),
            ("DIR3001", "Versions 1 and 2 of direction 'Bristol-Visits' are both in force from 2022-04-01. End the earlier one with 'until', or say 'supersedes \"Bristol-Visits\" version 1'."));
    }

    [Fact]
    public void DIR3001_an_until_on_the_day_the_later_version_starts_still_overlaps()
    {
        VerifyVersions(
            Version("1", "2021-09-01 until 2023-01-01"),
            Version("2", "2023-01-01"),
            ("DIR3001", "Versions 1 and 2 of direction 'visits' are both in force from 2023-01-01. End the earlier one with 'until', or say 'supersedes \"visits\" version 1'."));
    }

    [Fact]
    public void DIR3001_is_not_reported_when_the_later_version_supersedes_the_earlier()
    {
        VerifyVersions(
            Version("1", "2021-09-01"),
            Version("2", "2023-01-01", "  supersedes \"visits\" version 1"));
    }

    [Fact]
    public void DIR3001_is_not_reported_when_the_earlier_version_ends_before_the_later_starts()
    {
        VerifyVersions(
            Version("1", "2021-09-01 until 2022-12-31"),
            Version("2", "2023-01-01"));
    }

    [Fact]
    public void DIR3001_is_not_reported_for_different_directions()
    {
        VerifyVersions(
            Version("1", "2021-09-01", title: "Visits"),
            Version("1", "2021-09-01", title: "Reviews"));
    }

    [Fact]
    public void DIR3001_superseding_a_version_that_does_not_exist_does_not_end_the_earlier_one()
    {
        VerifyVersions(
            Version("1", "2021-09-01"),
            Version("2", "2023-01-01", "  supersedes \"visits\" version 0"),
            ("DIR3001", "Versions 1 and 2 of direction 'visits' are both in force from 2023-01-01. End the earlier one with 'until', or say 'supersedes \"visits\" version 1'."));
    }

    [Fact]
    public void DIR3002_same_version_defined_twice()
    {
        VerifyVersions(
            Version("2021.1", "2021-09-01"),
            Version("2021.1", "2024-09-01"),
            ("DIR3002", "Version 2021.1 of direction 'visits' is also defined in a.pd. Give the new one a new version number."));
    }

    // ------------------------------------------------------------------ DIR2007 no citation

    [Fact]
    public void DIR2007_rule_with_no_citation_is_a_warning()
    {
        var compilation = Compile.Verify(
            Compile.Header + """
                [rule "Visits"]
                  quote "Children in need should be visited at least 4 weekly."
                  CIN visit every 4 weeks
                """,
            ("DIR2007", "Rule 'Visits' does not say where in the policy it comes from. Add a line such as: cites \"paragraph 4.2\""));

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(compilation.GetDiagnostics()).Severity);
    }

    [Fact]
    public void Diagnostics_on_a_header_line_do_not_cover_its_line_break()
    {
        var source = AnnotatedText.Parse(Compile.Header + """
            [rule "Visits"]
              CIN visit every 4 weeks
            """);

        DiagnosticAssert.Verify(source, Compile.Direction(source.Text).GetDiagnostics(),
            ("DIR2007", "Rule 'Visits' does not say where in the policy it comes from. Add a line such as: cites \"paragraph 4.2\""));
    }

    // ------------------------------------------------------------------ DIR2008 wrong kind of term

    [Fact]
    public void DIR2008_cohort_where_a_record_is_needed()
    {
        Compile.Verify(
            Rule("CIN visit every 4 weeks unless recorded [long-term DCSS]"),
            ("DIR2008", "'long-term DCSS' is a cohort, but here I need a record, such as 'rationale'."));
    }

    [Fact]
    public void DIR2008_event_where_a_role_is_needed()
    {
        Compile.Verify(
            Rule("CIN review chaired by [CIN visit]"),
            ("DIR2008", "'CIN visit' is an event, but here I need a role, such as 'qualified social worker'."));
    }

    [Fact]
    public void DIR2008_cohort_where_an_event_is_needed()
    {
        Compile.Verify(
            Rule("[disabled child] every 4 weeks"),
            ("DIR2008", "'disabled child' is a cohort, but here I need an event or a record, such as 'referral'."));
    }

    // ------------------------------------------------------------------ DIR2044 max on before

    [Fact]
    public void DIR2044_maximum_on_a_before_requirement()
    {
        Compile.Verify(
            Rule("strategy discussion before ICPC unless recorded rationale, [max 3 days]"),
            ("DIR2044", "'max 3 days' has no effect on 'before ICPC': a 'before' requirement has no gap that a maximum could bound, and 'unless recorded ...' excuses a missing event only while the record is in force on the anchor's day. Remove 'max 3 days'."));
    }

    [Theory]
    [InlineData("strategy discussion at least before ICPC")]
    [InlineData("strategy discussion at least 3 days before")]
    [InlineData("strategy discussion within 2 weeks before")]
    [InlineData("strategy discussion before each")]
    [InlineData("strategy discussion at least 3 before ICPC")]
    [InlineData("strategy discussion at least 3 working hours before ICPC")]
    [InlineData("strategy discussion at least 3 days")]
    public void Broken_before_lines_get_one_diagnostic(string line)
    {
        var diagnostics = Compile.DiagnosticsOf(Compile.Direction(Rule(line)));
        Assert.Single(diagnostics);
        Assert.True(diagnostics[0].IsError);
    }

    // ------------------------------------------------------------------ DIR2009 max without unless

    [Fact]
    public void DIR2009_maximum_without_unless_recorded()
    {
        Compile.Verify(
            Rule("CIN visit every 4 weeks [max 6 weeks]"),
            ("DIR2009", "'max 6 weeks' has no effect here: without 'unless recorded ...' nothing can stretch 'every 4 weeks'. Did you mean 'every 4 weeks unless recorded rationale, max 6 weeks'?"));
    }

    [Fact]
    public void DIR2009_is_a_warning()
    {
        var diagnostic = Assert.Single(Compile.Direction(Rule("CIN visit every 4 weeks max 6")).GetDiagnostics());

        Assert.Equal("DIR2009", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Allowance_diagnostics_do_not_cover_the_comma_before_them()
    {
        Compile.Verify(
            Rule(
                "CIN visit every 4 weeks, [max 6 weeks]",
                "CIN visit every 6 weeks, [unless recorded rationale], max 6 weeks"),
            ("DIR2009", "'max 6 weeks' has no effect here: without 'unless recorded ...' nothing can stretch 'every 4 weeks'. Did you mean 'every 4 weeks unless recorded rationale, max 6 weeks'?"),
            ("DIR2005", "The maximum is the same as the cadence of every 6 weeks, so a recorded rationale can never allow a longer gap. Raise the maximum, or remove 'unless recorded rationale'."));
    }

    [Fact]
    public void DIR2009_on_a_deadline_suggests_a_line_that_reads()
    {
        Compile.Verify(
            Rule("family network meeting within 12 weeks of referral [max 14 weeks]"),
            ExpectedDiagnostic.Containing("DIR2009", "Did you mean 'within 12 weeks of referral unless recorded rationale, max 14 weeks'?"));
    }

    // ------------------------------------------------------------------ DIR2010 missing unit, DIR2011 number out of range

    [Fact]
    public void DIR2010_missing_unit()
    {
        Compile.Verify(
            Rule("family network meeting within [12] of referral"),
            ("DIR2010", "I need a unit after 12: hours, days, working days, weeks, months or years, as in '12 weeks'."));
    }

    [Fact]
    public void DIR2010_missing_unit_after_every()
    {
        Compile.Verify(
            Rule("CIN visit every [four]"),
            ("DIR2010", "I need a unit after four: hours, days, working days, weeks, months or years, as in 'four weeks'."));
    }

    [Fact]
    public void DIR2011_numbers_out_of_range()
    {
        Compile.Verify(
            Rule(
                "CIN visit every [0 weeks]",
                "CIN visit every [20000] weeks",
                "CIN visit [4 6-weekly]"),
            ("DIR2011", "A length of time of 0 means 'immediately'; for the same day write 'by the same day', otherwise use a number from 1."),
            ("DIR2011", "20000 is too large to be a length of time here; use a number up to 10000."),
            ("DIR2011", "'4 6-weekly' gives the number twice. Write '6-weekly' or '4 weekly'."));
    }

    [Fact]
    public void Plural_unit_with_no_number_is_reported()
    {
        var source = AnnotatedText.Parse(Rule(
            "CIN visit every [weeks]",
            "CIN review within [months] of CIN plan start"));

        var diagnostics = Compile.DiagnosticsOf(Compile.Direction(source.Text));

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.True(d.IsError, d.ToString()));
        Assert.Equal(source.Spans, diagnostics.Select(d => d.Location.Span));
    }

    [Fact]
    public void Singular_unit_with_no_number_means_one()
    {
        var compilation = Compile.Direction(Rule("CIN visit every week unless recorded rationale, max 2 weeks"));

        DiagnosticAssert.None(compilation.GetDiagnostics());
        Assert.Equal(new BoundCadence(new Duration(1, TimeUnit.Weeks)), compilation.Directions.Single().Rules.Single().Requirements.Single().Timing);
    }

    // ------------------------------------------------------------------ DIR2012 ambiguous idioms

    [Fact]
    public void DIR2012_bi_monthly_and_bi_weekly_are_read_as_every_two_with_a_warning()
    {
        var compilation = Compile.Verify(
            Rule(
                "CIN visit [bi-monthly]",
                "CIN review [Bi-Weekly]"),
            ("DIR2012", "'bi-monthly' can mean 'every two months' or twice in that time; I read it as every 2 months. Write 'every 2 months' to say so plainly."),
            ("DIR2012", "'Bi-Weekly' can mean 'every two weeks' or twice in that time; I read it as every 2 weeks. Write 'every 2 weeks' to say so plainly."));

        Assert.All(compilation.GetDiagnostics(), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        var requirements = Assert.Single(compilation.Directions).Rules.Single().Requirements;
        Assert.Equal(new BoundCadence(new Duration(2, TimeUnit.Months)), requirements[0].Timing);
        Assert.Equal(new BoundCadence(new Duration(2, TimeUnit.Weeks)), requirements[1].Timing);
    }

    // ------------------------------------------------------------------ DIR2013 nothing to qualify, DIR2014 empty exception

    [Fact]
    public void DIR2013_except_before_any_requirement()
    {
        Compile.Verify(
            Rule(
                "[except long-term DCSS: max 8 weeks]",
                "CIN visit every 4 weeks unless recorded rationale, max 6"),
            ("DIR2013", "'except' qualifies the requirement on the line above it, but this rule has none yet. Put it under a line such as 'CIN visit every 4 weeks'."));
    }

    [Fact]
    public void DIR2013_role_line_before_any_requirement()
    {
        Compile.Verify(
            Rule("[chaired by team manager]"),
            ("DIR2013", "'chaired by' qualifies the requirement on the line above it, but this rule has none yet. Put it under a line such as 'CIN visit every 4 weeks'."));
    }

    [Fact]
    public void Within_without_of_outside_when_says_what_it_counts_from()
    {
        Compile.Verify(
            Rule(
                "CIN visit every 4 weeks",
                "family network meeting [within 12 weeks]"),
            ExpectedDiagnostic.Containing("DIR2013", "within 12 weeks of"));
    }

    [Fact]
    public void By_the_same_day_outside_when_says_it_needs_a_trigger()
    {
        Compile.Verify(
            Rule("CIN plan [by the same day]"),
            ExpectedDiagnostic.Containing("DIR2013", "when"));
    }

    [Fact]
    public void DIR2014_except_without_a_limit()
    {
        Compile.Verify(
            Rule(
                "CIN visit every 4 weeks unless recorded rationale, max 6",
                "[except long-term DCSS:]"),
            ("DIR2014", "Say what is different for 'long-term DCSS', as in 'except long-term DCSS: max 8 weeks'."));
    }

    // ------------------------------------------------------------------ header: DIR2020 - DIR2025

    [Fact]
    public void DIR2020_version_and_effective_date_missing()
    {
        Compile.Verify("""
            [[direction "Visits"]]
              issued by "Test Council"
              source "visits.pd"

            rule "CIN visits"
              cites "S000-07"
              CIN visit every 4 weeks
            """,
            ("DIR2020", "Direction 'Visits' does not say its version. Add a header line such as: version 2021.1"),
            ("DIR2020", "Direction 'Visits' does not say when it takes effect. Add a header line such as: effective from 2021-09-01"));
    }

    [Fact]
    public void Header_item_on_a_line_with_a_syntax_error_is_not_also_reported_missing()
    {
        Compile.Verify("""
            direction "Visits"
              issued by "Test Council", source "visits.pd"
              version 1
              effective from [21/09/2021]

            rule "CIN visits"
              cites "S000-07"
              CIN visit every 4 weeks
            """,
            ("DIR1005", "I expected a date written as year-month-day after 'from', as in 'from 2021-09-01'."));
    }

    [Fact]
    public void DIR2025_issuer_and_source_missing()
    {
        var compilation = Compile.Verify("""
            [[direction "Visits"]]
              version 1, effective from 2021-09-01

            rule "CIN visits"
              cites "S000-07"
              CIN visit every 4 weeks
            """,
            ("DIR2025", "Direction 'Visits' does not say who issued it; readers of its findings will want to know. Add a header line such as: issued by \"Bristol City Council\""),
            ("DIR2025", "Direction 'Visits' does not say which policy document it encodes; readers of its findings will want to know. Add a header line such as: source \"Practice Direction: working with Children in Need (2021)\""));

        Assert.All(compilation.GetDiagnostics(), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void DIR2021_date_not_in_the_calendar()
    {
        Compile.Verify("""
            direction "Visits"
              issued by "Test Council", source "visits.pd"
              version 1, effective from [2021-02-30]

            rule "CIN visits"
              cites "S000-07"
              CIN visit every 4 weeks
            """,
            ("DIR2021", "2021-02-30 is not a date in the calendar. Check the month and the day."));
    }

    [Fact]
    public void DIR2021_until_before_from()
    {
        Compile.Verify("""
            direction "Visits"
              issued by "Test Council", source "visits.pd"
              version 1, effective from 2021-09-01 until [2021-01-01]

            rule "CIN visits"
              cites "S000-07"
              CIN visit every 4 weeks
            """,
            ("DIR2021", "The direction ends (2021-01-01) before it starts (2021-09-01). Check the dates."));
    }

    [Fact]
    public void DIR2021_until_on_the_day_it_starts_is_one_day()
    {
        var direction = Assert.Single(Compile.Direction("""
            direction "Visits"
              issued by "Test Council", source "visits.pd"
              version 1, effective from 2021-09-01 until 2021-09-01

            rule "CIN visits"
              cites "S000-07"
              CIN visit every 4 weeks
            """).Directions);

        Assert.Equal(direction.EffectiveFrom, direction.EffectiveUntil);
    }

    [Fact]
    public void DIR2022_header_items_given_twice()
    {
        Compile.Verify("""
            direction "Visits"
              issued by "Test Council", source "visits.pd"
              version 1, effective from 2021-09-01
              [version 2], [effective from 2022-09-01]

            rule "CIN visits"
              cites "S000-07"
              CIN visit every 4 weeks
            """,
            ("DIR2022", "This direction already says its version. Keep one."),
            ("DIR2022", "This direction already says when it is in force. Keep one."));
    }

    [Fact]
    public void DIR2023_direction_with_no_rules()
    {
        Compile.Verify("""
            [direction "Visits"]
              issued by "Test Council", source "visits.pd"
              version 1, effective from 2021-09-01
            """,
            ("DIR2023", "Direction 'Visits' has no rules yet. Add one with a line such as: rule \"CIN visits\""));
    }

    [Fact]
    public void DIR2024_rule_with_no_requirement()
    {
        Compile.Verify(
            Compile.Header + """
                [rule "Visits"]
                  cites "S000-07"
                  quote "Children in need should be visited at least 4 weekly."
                """,
            ("DIR2024", "Rule 'Visits' does not say what must happen, so it can never be checked. Add a line such as 'CIN visit every 4 weeks'."));
    }

    // ------------------------------------------------------------------ vocabulary: DIR2030 - DIR2035

    private static void VerifyVocabulary(string annotated, params ExpectedDiagnostic[] expected)
    {
        var source = AnnotatedText.Parse(annotated);
        var compilation = Compile.Files(withVocabulary: false, ("v.pd", source.Text));
        Compile.VerifyFile(compilation, "v.pd", source, expected);
    }

    [Fact]
    public void DIR2030_unknown_table()
    {
        VerifyVocabulary("""
            vocabulary "V"
            event "CIN visit" means [visitz] where kind is "CIN"
            event "letter" means [letters]
            """,
            ("DIR2030", "The case data has no table called 'visitz'. Did you mean 'visits'?"),
            ("DIR2030", "The case data has no table called 'letters'."));
    }

    [Fact]
    public void DIR2031_unknown_field_with_a_suggestion()
    {
        VerifyVocabulary("""
            vocabulary "V"
            event "CIN visit" means visits where [kindd] is "CIN"
            cohort "DCSS" means [servise_area] is "DCSS"
            role "qualified social worker" means [qualifed]
            role "registered social worker" means [xyzzy]
            """,
            ("DIR2031", "The table 'visits' has no field called 'kindd'. Did you mean 'kind'?"),
            ("DIR2031", "A child has no field called 'servise_area'. Did you mean 'service_area'?"),
            ("DIR2031", "A worker has no field called 'qualifed'. Did you mean 'qualified'?"),
            ("DIR2031", "A worker has no field called 'xyzzy'."));
    }

    [Fact]
    public void DIR2031_unknown_field_of_an_action()
    {
        VerifyVocabulary("""
            vocabulary "V"
            action "chaired" means [chairr]
            """,
            ("DIR2031", "The case data has no field called 'chairr'. Did you mean 'chair'?"));
    }

    [Fact]
    public void DIR2032_field_used_against_its_type()
    {
        VerifyVocabulary("""
            vocabulary "V"
            event "CIN visit" means visits where kind is [yes]
            event "CIN review" means meetings where chair
            event "visit kind" means visits dated [kind]
            cohort "disabled for long" means [disabled at least 3 years]
            role "qualified social worker" means qualified is ["x"]
            """,
            ("DIR2032", "'kind' can only be compared with a text in double quotes, not with yes."),
            ("DIR2032", "'kind' is not a date, so it cannot date 'visit kind'. Choose a date field of 'visits'."),
            ("DIR2032", "'disabled' is not a length of time, so 'at least' cannot apply to it."),
            ("DIR2032", "'qualified' can only be compared with yes or no, not with \"x\"."));
    }

    [Fact]
    public void A_field_that_is_not_yes_or_no_on_its_own_means_filled_in()
    {
        var compilation = Compile.Files(true, ("v.pd", """
            vocabulary "V"
            event "chaired review" means meetings where chair and kind is "CIN review"
            record "signed-off assessment" means assessments where signed_off
            """));
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Location.Path == "v.pd");
    }

    [Fact]
    public void DIR2032_role_on_an_action_that_is_not_done_by_a_worker()
    {
        Compile.Verify(
            Rule("[assessment shared with family] by team manager"),
            ("DIR2032", "'shared with family' is not done by a worker (it maps to shared_with_family), so it cannot be followed by 'by team manager'."));
    }

    [Fact]
    public void DIR2032_role_line_whose_action_the_requirement_events_do_not_record()
    {
        Compile.Verify(
            Rule(
                "CIN visit every 4 weeks",
                "[chaired] by team manager"),
            ("DIR2032", "'CIN visit' has no 'chaired' (visits have no field chair), so 'by team manager' cannot be checked on it."));
    }

    [Fact]
    public void Action_on_an_event_whose_table_lacks_its_field_is_reported()
    {
        var source = AnnotatedText.Parse(Rule(
            "[referral chaired] by team manager",
            "[CIN review carried out] by team manager"));

        var diagnostics = Compile.DiagnosticsOf(Compile.Direction(source.Text));

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.True(d.IsError));
        Assert.Equal(source.Spans, diagnostics.Select(d => d.Location.Span));
        Assert.Contains("chair", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("author", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DIR2033_period_over_a_table_without_periods()
    {
        VerifyVocabulary("""
            vocabulary "V"
            period "visiting period" means [visits]
            subject "reviewed child" means [meetings] where kind is "CIN review"
            """,
            ("DIR2033", "Rows of 'visits' have no start and end, so 'visiting period' cannot be a period. Make it an event, or map it to a table such as cin_plans."),
            ("DIR2033", "Rows of 'meetings' have no start and end, so 'reviewed child' cannot be a subject. Make it an event, or map it to a table such as cin_plans."));
    }

    [Fact]
    public void DIR2034_term_or_synonym_declared_twice()
    {
        VerifyVocabulary("""
            vocabulary "V"
            event "CIN visit" means visits where kind is "CIN"
              also "CIN visits"
            event ["cin  VISIT"] means meetings
            event "CP visit" means visits where kind is "CP"
              also "CP visits", ["CIN visits"]
            """,
            ("DIR2034", "'cin  VISIT' is already declared (v.pd line 2). Each name or synonym may mean only one thing."),
            ("DIR2034", "'CIN visits' is already declared (v.pd line 2). Each name or synonym may mean only one thing."));
    }

    [Fact]
    public void DIR2034_term_declared_in_two_vocabularies()
    {
        var extra = AnnotatedText.Parse("""
            vocabulary "Extra"
            event ["CIN visit"] means visits
            """);
        var compilation = DirectionCompilation.Create([Compile.Vocabulary, SyntaxTree.Parse(extra.Text, "extra.pd")]);

        Compile.VerifyFile(compilation, "extra.pd", extra,
            ExpectedDiagnostic.Containing("DIR2034", "'CIN visit' is already declared ("));
        Assert.Equal("visits", compilation.Vocabulary.Find("CIN visit")?.Table?.Name);
        Assert.NotNull(compilation.Vocabulary.Find("CIN visit")?.Condition);
    }

    [Fact]
    public void DIR2035_no_vocabulary()
    {
        var source = AnnotatedText.Parse(Compile.Header.Replace("direction \"Binder test\"", "[direction \"Binder test\"]", StringComparison.Ordinal)
            + "rule \"R\"\n  cites \"S000-07\"\n  CIN visit every 4 weeks\n");
        var compilation = Compile.Files(withVocabulary: false, (Compile.DirectionPath, source.Text));

        DiagnosticAssert.Verify(source, compilation.GetDiagnostics().Where(d => d.Id == "DIR2035"),
            ("DIR2035", "I have no vocabulary to look terms up in. Put a vocabulary.pd beside the direction, or name one with --vocabulary."));
    }

    [Fact]
    public void DIR2035_no_vocabulary_is_the_only_diagnostic()
    {
        var source = AnnotatedText.Parse(Compile.Header.Replace("direction \"Binder test\"", "[direction \"Binder test\"]", StringComparison.Ordinal)
            + "rule \"R\"\n  cites \"S000-07\"\n  CIN visit every 4 weeks unless recorded rationale, max 6\n  except long-term DCSS: max 8 weeks\n");
        var compilation = Compile.Files(withVocabulary: false, (Compile.DirectionPath, source.Text));

        DiagnosticAssert.Verify(source, compilation.GetDiagnostics(),
            ("DIR2035", "I have no vocabulary to look terms up in. Put a vocabulary.pd beside the direction, or name one with --vocabulary."));
    }

    // ------------------------------------------------------------------ no cascading

    [Fact]
    public void Line_with_a_syntax_error_gives_one_diagnostic_and_nothing_from_the_binder()
    {
        Compile.Verify(
            Rule("CIN vist every 4 weeks unless recorded rationle, max[]"),
            ("DIR1003", "I expected a number after 'max', as in 'max 6 weeks'."));
    }

    [Fact]
    public void Rule_whose_only_line_has_a_syntax_error_is_not_also_reported_as_having_no_requirement()
    {
        var compilation = Compile.Direction(Rule("CIN visit every 4 weeks every"));

        var diagnostic = Assert.Single(compilation.GetDiagnostics());
        Assert.Equal("DIR1000", diagnostic.Id);
    }

    [Fact]
    public void Unknown_term_in_a_requirement_gives_one_diagnostic_for_its_line()
    {
        Compile.Verify(
            Rule("[CIN vist] every 6 weeks unless recorded rationale, max 4 weeks"),
            ("DIR2001", "'CIN vist' is not a term I know. Did you mean 'CIN visit'?"));
    }

    [Fact]
    public void Unknown_anchor_hides_the_checks_of_the_rest_of_its_line()
    {
        Compile.Verify(
            Rule("CIN review within 1 month of [CIN plam start], then every 3 months unless recorded rationale, max 2 months"),
            ("DIR2001", "'CIN plam start' is not a term I know. Did you mean 'CIN plan start'?"));
    }

    [Fact]
    public void Unknown_trigger_drops_the_whole_when_clause()
    {
        var compilation = Compile.Verify(
            Rule("when [CP plan endz]: CIN plan by the same day, CIN reviw within 3 months"),
            ("DIR2001", "'CP plan endz' is not a term I know. Did you mean 'CP plan end'?"));

        Assert.Empty(compilation.Directions.Single().Rules.Single().Requirements);
    }

    [Fact]
    public void Unknown_cohort_in_an_except_line_drops_only_the_exception()
    {
        var compilation = Compile.Verify(
            Rule(
                "CIN visit every 4 weeks unless recorded rationale, max 6",
                "except [long-term DCS]: max 3 weeks"),
            ("DIR2001", "'long-term DCS' is not a term I know. Did you mean 'long-term DCSS'?"));

        Assert.Empty(compilation.Directions.Single().Rules.Single().Requirements.Single().CohortExceptions);
    }

    [Fact]
    public void Unknown_role_drops_only_the_role_line()
    {
        var compilation = Compile.Verify(
            Rule(
                "CIN review every 3 months",
                "chaired by [qualified social wroker]"),
            ("DIR2001", "'qualified social wroker' is not a term I know. Did you mean 'qualified social worker'?"));

        Assert.Empty(compilation.Directions.Single().Rules.Single().Requirements.Single().RoleConstraints);
    }

    [Fact]
    public void Except_under_a_requirement_with_an_unknown_term_is_dropped_silently()
    {
        Compile.Verify(
            Rule(
                "[CIN vist] every 4 weeks unless recorded rationale, max 6",
                "except long-term DCSS: max 8 weeks"),
            ("DIR2001", "'CIN vist' is not a term I know. Did you mean 'CIN visit'?"));
    }

    [Fact]
    public void Except_under_a_requirement_with_an_unknown_term_does_not_qualify_an_earlier_requirement()
    {
        var compilation = Compile.Verify(
            Rule(
                "CIN review every 3 months",
                "[CIN vist] every 4 weeks unless recorded rationale, max 6",
                "except long-term DCSS: max 8 weeks"),
            ("DIR2001", "'CIN vist' is not a term I know. Did you mean 'CIN visit'?"));

        Assert.Empty(compilation.Directions.Single().Rules.Single().Requirements.Single().CohortExceptions);
    }

    [Fact]
    public void Role_under_a_requirement_with_an_unknown_term_does_not_constrain_an_earlier_requirement()
    {
        var compilation = Compile.Verify(
            Rule(
                "CIN review every 3 months",
                "[CIN reviw] within 1 month of CIN plan start",
                "chaired by team manager"),
            ("DIR2001", "'CIN reviw' is not a term I know. Did you mean 'CIN review'?"));

        Assert.Empty(compilation.Directions.Single().Rules.Single().Requirements.Single().RoleConstraints);
    }

    [Fact]
    public void Except_under_a_line_with_a_syntax_error_is_dropped_silently()
    {
        Compile.Verify(
            Rule(
                "CIN visit every 4 weeks unless recorded rationale, max[]",
                "except long-term DCSS: max 8 weeks"),
            ("DIR1003", "I expected a number after 'max', as in 'max 6 weeks'."));
    }

    [Fact]
    public void Every_catalogue_entry_has_a_stable_unique_id()
    {
        var ids = BindingDiagnostics.All.Concat(SyntaxDiagnostics.All).Select(d => d.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(BindingDiagnostics.All, d => Assert.Matches("^DIR[23][0-9]{3}$", d.Id));
        Assert.All(SyntaxDiagnostics.All, d => Assert.Matches("^DIR1[0-9]{3}$", d.Id));
    }
}
