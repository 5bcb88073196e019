using Directions.Compiler;
using Directions.Compiler.Scenarios;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;
using Directions.Runtime.CaseData;
using Directions.Tests.TestSupport;
using NodaTime;
using static Directions.Tests.Scenarios.ScenarioTestText;

namespace Directions.Tests.Scenarios;

/// <summary>
/// Case histories read against the real vocabulary: each line makes records that meet its term's
/// definition, and each kind of mistake (an unknown term, a period written as an event, a contradiction,
/// a cohort the dates do not give ...) is reported at its line and column.
/// </summary>
public sealed class ScenarioCaseBuilderTests
{
    private const string Path = "test.scenarios";

    private static readonly Lazy<VocabularySymbol> LazyVocabulary = new(() =>
    {
        var compilation = DirectionCompilation.Create([SyntaxTree.Load(Repository.PathOf("directions", "vocabulary.pd"))]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        return compilation.Vocabulary;
    });

    /// <summary>A scenario around the given history lines, as of <paramref name="asOf"/>.</summary>
    private static string ScenarioWith(string history, string asOf = "2025-03-01") =>
        $"scenario \"s\"\n  rule \"CIN visits\"\n{string.Join('\n', history.Split('\n').Select(l => "  " + l.Trim()))}\n  as of {asOf}\n  expect met\n";

    private static (ScenarioCase? Case, List<ScenarioDiagnostic> Errors) Build(string text)
    {
        var file = ScenarioParser.Parse(text, Path);
        Assert.Empty(file.AllDiagnostics);
        var errors = new List<ScenarioDiagnostic>();
        return (ScenarioCaseBuilder.Build(file.Scenarios[0], LazyVocabulary.Value, Path, errors), errors);
    }

    private static ScenarioCase Made(string history, string asOf = "2025-03-01")
    {
        var (made, errors) = Build(ScenarioWith(history, asOf));
        Assert.Empty(errors);
        return Assert.IsType<ScenarioCase>(made);
    }

    private static ScenarioDiagnostic Refused(string history, string snippet, params string[] message)
    {
        var text = ScenarioWith(history);
        var (made, errors) = Build(text);
        Assert.Null(made);
        return Single(errors, text, Path, snippet, message);
    }

    // ------------------------------------------------------------------ what each line makes

    [Fact]
    public void Events_are_made_to_meet_their_terms_definition()
    {
        var made = Made("""
            child in need from 2025-01-06
            CIN visits on 2025-01-10 at 14:30, 2025-02-05T09:15 and 2025-02-20
            record in visits on 2025-02-06 with kind "CIN" and child seen no
            child seen alone on 2025-02-07
            """);

        var child = made.Child;
        Assert.Equal(new CinEpisode("cin_episodes-1", new LocalDate(2025, 1, 6), null, null, null, null), Assert.Single(child.CinEpisodes));
        Assert.Equal(5, child.Visits.Length);
        Assert.Equal(new Visit("visits-1", new RecordedAt(new LocalDate(2025, 1, 10), new LocalTime(14, 30)), "CIN", true, false, null), child.Visits[0]);
        Assert.Equal(new RecordedAt(new LocalDate(2025, 2, 5), new LocalTime(9, 15)), child.Visits[1].Date);
        Assert.Equal(new RecordedAt(new LocalDate(2025, 2, 20)), child.Visits[2].Date);
        Assert.Equal(new Visit("visits-4", new LocalDate(2025, 2, 6), "CIN", false, false, null), child.Visits[3]);
        Assert.True(child.Visits[4].ChildSeenAlone);
    }

    [Fact]
    public void Records_in_force_periods_and_actions_fill_the_fields_they_name()
    {
        var made = Made("""
            child in need from 2024-01-08 to 2025-06-30
            rationale on 2025-02-01, in force from 2025-02-03 to 2025-03-31
            visiting rationale from 2025-02-01
            review rationale on 2025-02-01, in force until 2025-04-30
            assessment from 2025-01-06 to 2025-02-10, shared with family on 2025-02-12, signed off by W2
            mapping on 2025-01-08, shared with family
            CP plan from 2024-06-01 to 2025-01-10
            CIN review on 2025-02-28, chaired by W1, a qualified social worker
            worker W2 is a team manager, qualified, team ASWU-01
            """);

        var child = made.Child;
        Assert.Equal(new LocalDate(2025, 6, 30), child.CinEpisodes[0].End);
        Assert.Equal(
            [
                new CaseNote("case_notes-1", new LocalDate(2025, 2, 1), "case direction", null, null, new LocalDate(2025, 2, 3), new LocalDate(2025, 3, 31)),
                new CaseNote("case_notes-2", new LocalDate(2025, 2, 1), "case direction", "visiting frequency", null, new LocalDate(2025, 2, 1), null),
                new CaseNote("case_notes-3", new LocalDate(2025, 2, 1), "case direction", "review frequency", null, null, new LocalDate(2025, 4, 30)),
            ],
            child.CaseNotes.ToArray());
        var assessment = Assert.Single(child.Assessments);
        Assert.Equal((new LocalDate(2025, 1, 6), new LocalDate(2025, 2, 10), new LocalDate(2025, 2, 12), "W2"),
            (assessment.Start, assessment.Completed, assessment.SharedWithFamily, assessment.SignedOffBy));
        Assert.Equal(new Document("documents-1", "mapping", new LocalDate(2025, 1, 8), null, new LocalDate(2025, 1, 8)), Assert.Single(child.Documents));
        Assert.Equal(new CpPlan("cp_plans-1", new LocalDate(2024, 6, 1), new LocalDate(2025, 1, 10), null), Assert.Single(child.CpPlans));
        Assert.Equal(new Meeting("meetings-1", new LocalDate(2025, 2, 28), "CIN review", "W1"), Assert.Single(child.Meetings));

        Assert.True(made.Caseload.FindWorker("W1")!.Qualified);
        Assert.Equal(new Worker("W2", "team manager", true, false, "ASWU-01"), made.Caseload.FindWorker("W2"));
        Assert.Equal("ASWU-01", Assert.Single(made.Caseload.Teams).Id);
    }

    [Fact]
    public void Cohorts_and_the_childs_own_fields_describe_the_child()
    {
        var made = Made("""
            child in need from 2024-01-08
            long-term DCSS
            born 2015-03-31
            disabled
            team ASWU-01
            """);

        Assert.Equal(("DCSS", new LocalDate(2015, 3, 31), true, "ASWU-01"), (made.Child.ServiceArea, made.Child.DateOfBirth, made.Child.Disabled, made.Child.Team));
        Assert.Equal(new Team("ASWU-01", "DCSS"), Assert.Single(made.Caseload.Teams));
        Assert.Equal("C1", made.Child.Id);
    }

    [Fact]
    public void A_cohort_can_be_denied_and_a_worker_can_be_missing_from_the_caseload()
    {
        var made = Made("""
            not disabled child
            service area "Area Social Work Units"
            CIN review on 2025-02-28, chaired by W9
            CIN review on 2025-03-01, chaired by W3, who is not a qualified social worker
            worker W9 is unknown
            """);

        Assert.False(made.Child.Disabled);
        Assert.Equal("Area Social Work Units", made.Child.ServiceArea);
        Assert.Null(made.Caseload.FindWorker("W9"));
        Assert.Equal("W9", made.Child.Meetings[0].Chair);
        Assert.False(made.Caseload.FindWorker("W3")!.Qualified);
    }

    // ------------------------------------------------------------------ mistakes

    [Fact]
    public void A_misspelt_term_gets_a_suggestion()
    {
        Refused("CIN vists on 2025-01-10", "CIN vists", "'CIN vists' is not a term of the vocabulary (an event, record, period or cohort), nor a fact about the child", "Did you mean 'CIN visits'?");
    }

    [Fact]
    public void A_period_written_with_on_says_how_to_write_it()
    {
        Refused("CIN plan on 2025-01-31", "on 2025", "'CIN plan' is a period: write 'CIN plan from DATE', and 'to DATE' if it has ended.");
    }

    [Fact]
    public void An_event_written_with_from_says_how_to_write_it()
    {
        Refused("CIN visit from 2025-01-10", "from", "a CIN visit happens on a day: write 'CIN visit on DATE'.");
    }

    [Fact]
    public void An_event_with_no_date_is_reported_at_the_end_of_the_line()
    {
        var (made, errors) = Build(ScenarioWith("CIN visit"));
        Assert.Null(made);
        var error = Assert.Single(errors);
        Assert.Equal((3, 12), (error.Line, error.Column));
        Assert.Equal("'on DATE' was expected at the end of the line: write 'CIN visit on DATE'.", error.Message);
    }

    [Fact]
    public void A_role_or_an_action_on_its_own_says_where_it_belongs()
    {
        Refused("qualified social worker", "qualified", "'qualified social worker' is a role, which describes a worker: write worker W1 is a qualified social worker");
        Refused("chaired by W1", "chaired", "'chaired' is an action, which is recorded on an event");
    }

    [Fact]
    public void A_worker_named_but_never_described_is_reported_where_first_named()
    {
        Refused("CIN review on 2025-02-28, chaired by W1", "W1", "the scenario does not say who W1 is", "worker W1 is unknown");
    }

    [Fact]
    public void A_line_that_contradicts_an_earlier_one_names_it()
    {
        Refused("long-term DCSS\nservice area \"Area Social Work Units\"", "service area", "this contradicts what the scenario already says about the child: service_area is \"DCSS\" ('long-term DCSS' (line 3)).");
    }

    [Fact]
    public void A_field_that_contradicts_the_terms_meaning_is_reported()
    {
        Refused("CIN visit on 2025-01-10 with child seen no", "child seen no",
            "the CIN visit on 10 January 2025 cannot have child_seen is no (line 3): child_seen is yes by the meaning of 'CIN visit'.");
    }

    [Fact]
    public void A_cohort_the_dates_do_not_give_is_reported_with_the_reason()
    {
        Refused("child in need from 2025-01-06\nlong-term DCSS", "long-term DCSS",
            "on 1 March 2025 the child is not 'long-term DCSS' (service_area is \"DCSS\" and open_for at least 12 months): open_for counts from the start of the CIN episode open that day, 6 January 2025, so it is 1 month 23 days; start the episode earlier.");
        Refused("young person", "young person", "the child is not 'young person'", "add a line 'born YYYY-MM-DD'");
    }

    [Fact]
    public void A_time_on_a_record_dated_by_day_only_is_reported()
    {
        Refused("genogram on 2025-01-10 at 10:00", "2025-01-10", "a genogram is recorded with a date only (documents.created), so it cannot have a time of day.");
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_reported_at_its_end()
    {
        Refused("CIN plan from 2025-02-01 to 2025-01-01", "2025-01-01", "the CIN plan cannot end (2025-01-01) before it starts (2025-02-01).");
    }

    [Fact]
    public void Something_a_record_cannot_hold_is_reported()
    {
        Refused("CIN visit on 2025-01-10, seen by W1", "seen", "'seen' is not something I can record on a CIN visit.");
        Refused("CIN visit on 2025-01-10, chaired by W1", "chaired", "a CIN visit does not record 'chaired' (visits has no field 'chair').");
        Refused("CIN visit on 2025-01-10 with colour \"red\"", "colour", "'colour' is not a field of visits that 'with' can set. Its fields are: kind, child seen, child seen alone, worker, entered");
        Refused("CP plan from 2025-01-01, in force until 2025-02-01", "in force", "a CP plan is not in force over days");
    }

    [Fact]
    public void Record_in_needs_a_table_of_the_case_data()
    {
        Refused("record in visitz on 2025-01-10", "visitz", "'visitz' is not a table of the case data. Did you mean 'visits'?");
    }

    [Fact]
    public void Not_goes_only_before_a_cohort()
    {
        Refused("not CIN visit on 2025-01-10", "not", "'not' only goes before a cohort. To say there was no CIN visit, leave it out of the history.");
    }

    [Fact]
    public void A_worker_line_with_something_that_is_not_a_role_or_field_is_reported()
    {
        Refused("worker W1 is a wizard", "a wizard", "'a wizard' is not a role of the vocabulary, nor a worker's field");
        Refused("worker W1 is a team manager\nworker W1 is role \"IRO\"", "role \"IRO\"", "this contradicts what the scenario already says about W1: role is \"team manager\"");
    }

    [Fact]
    public void A_case_the_loader_refuses_is_reported_at_the_line_that_made_it()
    {
        // A case note in force until a day before it applies from: the case-data loader's own check.
        Refused("rationale on 2025-02-01, in force from 2025-02-10 to 2025-02-05", "2025-02-01", "the case this describes is not valid case data: '2025-02-05' is before applies_from '2025-02-10'.");
    }
}
