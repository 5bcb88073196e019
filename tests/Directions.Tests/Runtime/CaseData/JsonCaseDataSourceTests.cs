using Directions.Runtime.CaseData;
using Directions.Runtime.Loading;
using NodaTime;

namespace Directions.Tests.Runtime.CaseData;

public sealed class JsonCaseDataSourceTests
{
    private static CaseloadLoadResult Load(string json) => JsonCaseDataSource.FromText(json, "cases.json").Load();

    private static string LoadError(string json) => Assert.Throws<CaseDataException>(() => Load(json)).Message;

    [Fact]
    public void The_small_caseload_loads_every_table_and_field()
    {
        var result = Load(CaseDataFiles.Small);

        Assert.False(result.HasUnknownData);
        var caseload = result.Caseload;
        Assert.Equal(new LocalDate(2025, 10, 1), caseload.Extracted);
        Assert.Equal(["ASWU-01", "DCSS-01", "IRS-01"], caseload.Teams.Select(t => t.Id));
        Assert.Equal(new Team("DCSS-01", "DCSS"), caseload.FindTeam("DCSS-01"));
        Assert.Equal(new Worker("W2", "family support worker", false, false, "ASWU-01"), caseload.FindWorker("W2"));
        Assert.Equal(new Worker("W5", "social worker", true, false, null), caseload.FindWorker("W5"));
        Assert.Null(caseload.FindWorker("W9"));

        var c1 = caseload.FindChild("C1")!;
        Assert.Equal(new LocalDate(2015, 3, 31), c1.DateOfBirth);
        Assert.False(c1.Disabled);
        Assert.Equal("ASWU-01", c1.Team);
        Assert.Equal("Area Social Work Units", c1.ServiceArea);
        Assert.Equal([new Referral("R1", new RecordedAt(new LocalDate(2025, 1, 6), new LocalTime(9, 30)), "schools", "child and family assessment", "neglect", new RecordedAt(new LocalDate(2025, 1, 6), new LocalTime(15, 0)), "W3", false, false)], c1.Referrals.AsEnumerable());
        Assert.Equal([new CinEpisode("E1", new LocalDate(2025, 1, 6), null, "ASWU-01", "Area Social Work Units", "N1")], c1.CinEpisodes.AsEnumerable());
        Assert.Equal(
            [new Assessment("A1", "child and family", new LocalDate(2025, 1, 6), new LocalDate(2025, 1, 30), new LocalDate(2025, 1, 31), "W3", "W1", new LocalDate(2025, 2, 3), new LocalDate(2025, 2, 14), "CIN plan", new LocalDate(2025, 2, 3), new LocalDate(2025, 2, 3))],
            c1.Assessments.AsEnumerable());
        Assert.Equal([new CinPlan("P1", new LocalDate(2025, 2, 3), null)], c1.CinPlans.AsEnumerable());
        Assert.Equal(
            [
                new Visit("V1", new LocalDate(2025, 1, 8), "CIN", true, false, "W1"),
                new Visit(
                    "V2", new RecordedAt(new LocalDate(2025, 2, 4), new LocalTime(14, 15)), "CIN", true, true, "W1", new RecordedAt(new LocalDate(2025, 2, 5), new LocalTime(9, 0)),
                    BedroomSeen: true, Unannounced: false, Location: "home", Purpose: "statutory", JointWith: "health visitor", NextVisit: new LocalDate(2025, 3, 4),
                    ReasonNotSeenAlone: "declined", ChildViews: true, Interpreter: false, WomanSeenAlone: true, DaEnquiry: true, FieldsComplete: true),
            ],
            c1.Visits.AsEnumerable());
        Assert.Equal(
            [
                new Meeting(
                    "M1", new RecordedAt(new LocalDate(2025, 2, 28), new LocalTime(10, 0)), "CIN review", "W2", Scheduled: new LocalDate(2025, 2, 27), Adjourned: true,
                    InvitationsSent: new LocalDate(2025, 2, 3), ConsultationSent: new LocalDate(2025, 2, 3), ReminderSent: new LocalDate(2025, 1, 15),
                    ReportSharedWithFamily: new LocalDate(2025, 2, 25), ReportToChair: new LocalDate(2025, 2, 24), ReportSignedOffBy: "W3", FamilyPresent: true,
                    Entered: new RecordedAt(new LocalDate(2025, 3, 3), new LocalTime(11, 0)), DecisionsRecorded: new LocalDate(2025, 3, 4),
                    MinutesRecorded: new LocalDate(2025, 3, 10), MinutesCirculated: new LocalDate(2025, 3, 12), NextMeeting: new LocalDate(2025, 5, 28),
                    FaceToFace: true, AttendeesRecorded: true, Interpreter: false, PolicePresent: false, PoliceManagerPresent: false, SocialCareManagerPresent: true, FieldsComplete: false),
            ],
            c1.Meetings.AsEnumerable());
        Assert.Equal(
            [new CaseNote("N1", new LocalDate(2025, 2, 5), "case direction", "visiting frequency", "W3", new LocalDate(2025, 2, 5), new LocalDate(2025, 3, 31), new RecordedAt(new LocalDate(2025, 2, 6), new LocalTime(16, 45)), new LocalDate(2025, 2, 7), "W3", true, true, true)],
            c1.CaseNotes.AsEnumerable());
        Assert.Equal(
            [
                new Document(
                    "D1", "genogram", new LocalDate(2025, 1, 20), new LocalDate(2025, 3, 1), new LocalDate(2025, 1, 24), new RecordedAt(new LocalDate(2025, 1, 31), new LocalTime(16, 0)), new LocalDate(2025, 1, 21), "W3",
                    new LocalDate(2025, 1, 24), new LocalDate(2025, 1, 27), new RecordedAt(new LocalDate(2025, 1, 27), new LocalTime(10, 30)),
                    "W1", new LocalDate(2025, 1, 21), true, true, true, false),
            ],
            c1.Documents.AsEnumerable());
        Assert.Equal([new Allocation("AL1", "W1", new LocalDate(2025, 1, 6), null, "ASWU-01", "lead", "W3")], c1.Allocations.AsEnumerable());
        Assert.Empty(c1.CpPlans);

        var c2 = caseload.FindChild("C2")!;
        Assert.Null(c2.DateOfBirth);
        Assert.True(c2.Disabled);
        Assert.Equal([new S47Enquiry("S1", new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 12), "ICPC", new LocalDate(2024, 3, 1), true)], c2.S47Enquiries.AsEnumerable());
        Assert.Equal([new CpPlan("CP1", new LocalDate(2024, 3, 20), new LocalDate(2024, 9, 20), "neglect")], c2.CpPlans.AsEnumerable());
        Assert.Equal([new ClaEpisode("LA1", new LocalDate(2024, 10, 1), new LocalDate(2025, 9, 30), "C2", "returned home")], c2.ClaEpisodes.AsEnumerable());
        Assert.Equal([new CinPlan("P2", new LocalDate(2024, 9, 20), new LocalDate(2024, 10, 1), "CIN", new LocalDate(2024, 10, 20))], c2.CinPlans.AsEnumerable());
        Assert.Equal([new Allocation("AL2", "W5", new LocalDate(2024, 3, 1), new LocalDate(2025, 9, 30), "DCSS-01")], c2.Allocations.AsEnumerable());
        Assert.Empty(c2.Visits);
        Assert.Equal([new CinEpisode("E2", new LocalDate(2024, 3, 1), new LocalDate(2025, 9, 30), null, null, null, "step down")], c2.CinEpisodes.AsEnumerable());
        Assert.Equal([new Placement("PL1", new RecordedAt(new LocalDate(2024, 10, 1), new LocalTime(17, 30)), new LocalDate(2025, 9, 30), "foster", true, false, new LocalDate(2025, 2, 1), new LocalDate(2024, 12, 1))], c2.Placements.AsEnumerable());
        Assert.Equal([new LegalStatus("LS1", "ICO", new LocalDate(2024, 10, 1), new LocalDate(2025, 3, 1))], c2.LegalStatuses.AsEnumerable());
        Assert.Equal(
            [new MissingEpisode("MI1", new RecordedAt(new LocalDate(2025, 1, 10), new LocalTime(22, 0)), new RecordedAt(new LocalDate(2025, 1, 11), new LocalTime(8, 30)))],
            c2.MissingEpisodes.AsEnumerable());
        Assert.Equal([new Consent("CO1", new LocalDate(2024, 3, 1), "information sharing", "parent", false)], c2.Consents.AsEnumerable());
        Assert.Equal([new PrivateFosteringArrangement("PF1", new LocalDate(2024, 2, 20), new LocalDate(2024, 2, 15), new LocalDate(2024, 3, 1))], c2.PrivateFostering.AsEnumerable());
        Assert.Equal([new Transfer("T1", new LocalDate(2024, 4, 1), "between teams", "ASWU-01", "DCSS-01", new LocalDate(2024, 3, 28), "W3", false)], c2.Transfers.AsEnumerable());
        Assert.Equal([new ChronologyEntry("CH1", new LocalDate(2024, 3, 20), new LocalDate(2024, 3, 22), "conference")], c2.ChronologyEntries.AsEnumerable());
        Assert.Equal([new AgencyContact("AC1", new LocalDate(2024, 3, 5), "information share", "health", true, new LocalDate(2024, 3, 1))], c2.AgencyContacts.AsEnumerable());
        Assert.Equal(
            [
                new HouseholdMember("H1", "mother", new LocalDate(1990, 5, 1), new LocalDate(2015, 3, 31), new LocalDate(2024, 3, 1)),
                new HouseholdMember("H2", "sibling", new LocalDate(2012, 6, 1), new LocalDate(2012, 6, 1), null, new LocalDate(2024, 3, 25)),
            ],
            c2.HouseholdMembers.AsEnumerable());
        Assert.Equal([new Payment("PY1", new LocalDate(2024, 10, 1), new LocalDate(2025, 9, 30), "allowance")], c2.Payments.AsEnumerable());
        Assert.True(c2.ParentalMentalHealth);
        Assert.False(c2.InterpreterNeeded);
        Assert.False(c2.HigherEducation);
        Assert.Null(c1.ParentalMentalHealth);
    }

    [Fact]
    public void Loading_the_same_text_twice_gives_equal_caseloads()
    {
        Assert.Equal(Load(CaseDataFiles.Small), Load(CaseDataFiles.Small));
        Assert.NotEqual(Load(CaseDataFiles.Small).Caseload, Load(CaseDataFiles.SmallWith("\"chair\": \"W2\"", "\"chair\": \"W1\"")).Caseload);
    }

    [Fact]
    public void Sections_may_come_in_any_order_and_references_are_checked_at_the_end()
    {
        // Workers and teams after the children that refer to them.
        var json = """
            {"children": [{"id": "C1", "disabled": false, "team": "T1", "visits": [{"id": "V1", "date": "2025-01-08", "kind": "CIN", "child_seen": true, "child_seen_alone": false, "worker": "W1"}]}],
             "workers": [{"id": "W1", "role": "social worker", "qualified": true, "registered": true}],
             "teams": [{"id": "T1"}], "version": 1, "format": "directions-caseload"}
            """;
        Assert.Equal("W1", Load(json).Caseload.Children[0].Visits[0].Worker);

        Assert.Equal(
            "cases.json line 1: children[0].visits[0].worker: 'W2' is not the id of any worker in workers",
            LoadError(json.Replace("\"worker\": \"W1\"", "\"worker\": \"W2\"")));
    }

    [Fact]
    public void An_impossible_date_names_the_file_line_and_path()
    {
        var json = CaseDataFiles.SmallWith("\"date\": \"2025-02-04T14:15\"", "\"date\": \"2025-02-30\"");
        Assert.Equal(
            "cases.json line 28: children[0].visits[1].date: '2025-02-30' is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
            LoadError(json));
    }

    [Theory]
    [InlineData("2025-02-04T25:00")]
    [InlineData("2025-02-04 14:15")]
    [InlineData("2025-02-04T14:15Z")]
    [InlineData("4/2/2025")]
    [InlineData("")]
    public void A_date_and_time_must_be_in_the_canonical_form(string text)
    {
        var json = CaseDataFiles.SmallWith("\"date\": \"2025-02-04T14:15\"", $"\"date\": \"{text}\"");
        Assert.Equal(
            $"cases.json line 28: children[0].visits[1].date: '{text}' is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
            LoadError(json));
    }

    [Fact]
    public void A_date_field_takes_no_time()
    {
        var json = CaseDataFiles.SmallWith("\"cin_plans\": [{\"id\": \"P1\", \"start\": \"2025-02-03\"}]", "\"cin_plans\": [{\"id\": \"P1\", \"start\": \"2025-02-03T10:00\"}]");
        Assert.Equal(
            "cases.json line 25: children[0].cin_plans[0].start: '2025-02-03T10:00' is not a date (expected YYYY-MM-DD)",
            LoadError(json));
    }

    [Fact]
    public void A_missing_required_field_is_reported_at_its_record()
    {
        var json = CaseDataFiles.SmallWith("\"kind\": \"CIN\", \"child_seen\": true, \"child_seen_alone\": false", "\"child_seen\": true, \"child_seen_alone\": false");
        Assert.Equal("cases.json line 27: children[0].visits[0].kind: missing (every visits record must have a kind)", LoadError(json));
    }

    [Fact]
    public void A_null_in_a_required_field_is_reported()
    {
        var json = CaseDataFiles.SmallWith("{\"id\": \"V1\", \"date\": \"2025-01-08\"", "{\"id\": \"V1\", \"date\": null");
        Assert.Equal("cases.json line 27: children[0].visits[0].date: null (every visits record must have a date)", LoadError(json));
    }

    [Fact]
    public void A_missing_child_id_is_reported_at_the_line_where_the_child_opens()
    {
        var json = CaseDataFiles.SmallWith("\"id\": \"C2\", ", "");
        Assert.Equal("cases.json line 35: children[1].id: missing (every children record must have an id)", LoadError(json));
    }

    [Fact]
    public void An_empty_id_is_reported()
    {
        var json = CaseDataFiles.SmallWith("\"id\": \"M1\"", "\"id\": \"\"");
        Assert.Equal("cases.json line 30: children[0].meetings[0].id: is empty, but it must have a value", LoadError(json));
    }

    [Theory]
    [InlineData("\"child_seen\": true, \"child_seen_alone\": false, \"worker\": \"W1\"}", "\"child_seen\": \"yes\", \"child_seen_alone\": false, \"worker\": \"W1\"}", "children[0].visits[0].child_seen: expected true or false, found the string 'yes'")]
    [InlineData("\"disabled\": false", "\"disabled\": 0", "children[0].disabled: expected true or false, found the number 0")]
    [InlineData("\"kind\": \"CIN review\"", "\"kind\": 3", "children[0].meetings[0].kind: expected a string, found the number 3")]
    [InlineData("\"chair\": \"W2\"", "\"chair\": {\"id\": \"W2\"}", "children[0].meetings[0].chair: expected a worker's id as a string, found an object")]
    [InlineData("\"date\": \"2025-02-28T10:00\"", "\"date\": 20250228", "children[0].meetings[0].date: expected a date as a string (YYYY-MM-DD or YYYY-MM-DDTHH:MM), found the number 20250228")]
    [InlineData("\"id\": \"N1\"", "\"id\": 1", "children[0].case_notes[0].id: expected a string, found the number 1")]
    public void A_value_of_the_wrong_type_is_reported(string find, string replacement, string expected)
    {
        var message = LoadError(CaseDataFiles.SmallWith(find, replacement));
        Assert.EndsWith(expected, message);
        Assert.StartsWith("cases.json line ", message);
    }

    [Fact]
    public void A_wrong_type_message_gives_the_line_of_the_value()
    {
        var json = CaseDataFiles.SmallWith("\"kind\": \"CIN review\"", "\"kind\": true");
        Assert.Equal("cases.json line 30: children[0].meetings[0].kind: expected a string, found true", LoadError(json));
    }

    [Fact]
    public void A_table_that_is_not_a_list_is_reported()
    {
        var json = CaseDataFiles.SmallWith("\"cin_plans\": [{\"id\": \"P1\", \"start\": \"2025-02-03\"}]", "\"cin_plans\": {\"id\": \"P1\", \"start\": \"2025-02-03\"}");
        Assert.Equal("cases.json line 25: children[0].cin_plans: expected a list of records (a JSON array), found an object", LoadError(json));
    }

    [Fact]
    public void A_record_that_is_not_an_object_is_reported()
    {
        var json = CaseDataFiles.SmallWith("\"cin_plans\": [{\"id\": \"P1\", \"start\": \"2025-02-03\"}]", "\"cin_plans\": [\"P1\"]");
        Assert.Equal("cases.json line 25: children[0].cin_plans[0]: expected a record (a JSON object), found the string 'P1'", LoadError(json));
    }

    [Fact]
    public void A_field_given_twice_in_a_record_is_reported()
    {
        var json = CaseDataFiles.SmallWith("\"kind\": \"CIN review\"", "\"kind\": \"CIN review\", \"kind\": \"ICPC\"");
        Assert.Equal("cases.json line 30: children[0].meetings[0].kind: is given twice in the same record", LoadError(json));
    }

    [Fact]
    public void A_duplicate_id_names_the_line_of_the_first_use()
    {
        var json = CaseDataFiles.SmallWith("{\"id\": \"V2\"", "{\"id\": \"V1\"");
        Assert.Equal("cases.json line 28: children[0].visits[1].id: the id 'V1' is already used by another visits record (line 27)", LoadError(json));
    }

    [Fact]
    public void Ids_are_unique_per_table_across_children()
    {
        var json = CaseDataFiles.SmallWith("\"meetings\": [{\"id\": \"M2\"", "\"meetings\": [{\"id\": \"M1\"");
        Assert.Equal("cases.json line 41: children[1].meetings[0].id: the id 'M1' is already used by another meetings record (line 30)", LoadError(json));

        // The same id in two different tables is fine.
        Assert.Equal("V1", Load(CaseDataFiles.SmallWith("{\"id\": \"M1\"", "{\"id\": \"V1\"")).Caseload.Children[0].Meetings[0].Id);
    }

    [Fact]
    public void A_duplicate_worker_or_child_id_is_reported()
    {
        Assert.Equal(
            "cases.json line 12: workers[1].id: the id 'W1' is already used by another workers record (line 11)",
            LoadError(CaseDataFiles.SmallWith("{\"id\": \"W2\"", "{\"id\": \"W1\"")).Split('\n')[0]);
        Assert.Equal(
            "cases.json line 36: children[1].id: the id 'C1' is already used by another children record (line 19)",
            LoadError(CaseDataFiles.SmallWith("\"id\": \"C2\"", "\"id\": \"C1\"")));
    }

    [Fact]
    public void A_reference_to_an_unknown_worker_is_reported()
    {
        var json = CaseDataFiles.SmallWith("\"chair\": \"W2\"", "\"chair\": \"W99\"");
        Assert.Equal("cases.json line 30: children[0].meetings[0].chair: 'W99' is not the id of any worker in workers", LoadError(json));
    }

    [Fact]
    public void A_reference_to_an_unknown_team_is_reported()
    {
        var json = CaseDataFiles.SmallWith("\"team\": \"DCSS-01\", \"service_area\"", "\"team\": \"DCSS-02\", \"service_area\"");
        Assert.Equal("cases.json line 36: children[1].team: 'DCSS-02' is not the id of any team in teams", LoadError(json));
    }

    [Fact]
    public void An_end_before_its_start_is_reported()
    {
        Assert.Equal(
            "cases.json line 39: children[1].cp_plans[0].end: '2024-03-19' is before start '2024-03-20'",
            LoadError(CaseDataFiles.SmallWith("\"end\": \"2024-09-20\"", "\"end\": \"2024-03-19\"")));
        Assert.Equal(
            "cases.json line 31: children[0].case_notes[0].applies_until: '2025-02-04' is before applies_from '2025-02-05'",
            LoadError(CaseDataFiles.SmallWith("\"applies_until\": \"2025-03-31\"", "\"applies_until\": \"2025-02-04\"")));
        Assert.Equal(
            "cases.json line 24: children[0].assessments[0].completed: '2025-01-05' is before start '2025-01-06'",
            LoadError(CaseDataFiles.SmallWith("\"completed\": \"2025-01-30\"", "\"completed\": \"2025-01-05\"")));

        // A period that starts and ends on the same day is fine.
        Load(CaseDataFiles.SmallWith("\"end\": \"2024-09-20\"", "\"end\": \"2024-03-20\""));
    }

    [Fact]
    public void The_format_and_version_are_checked()
    {
        Assert.Equal(
            "cases.json line 2: format: 'caseload' is not a format this runtime reads (expected 'directions-caseload')",
            LoadError(CaseDataFiles.SmallWith("\"format\": \"directions-caseload\"", "\"format\": \"caseload\"")));
        Assert.Equal(
            "cases.json line 3: version: 2 is not a version this runtime reads (expected 1)",
            LoadError(CaseDataFiles.SmallWith("\"version\": 1", "\"version\": 2")));
        Assert.Equal(
            "cases.json line 1: version: missing (a caseload file says \"version\": 1)",
            LoadError(CaseDataFiles.SmallWith("\"version\": 1,\n", "")));
        Assert.Equal(
            "cases.json line 1: teams: missing (a caseload file has this list, even when it is empty)",
            LoadError("{\"format\": \"directions-caseload\", \"version\": 1, \"workers\": [], \"children\": []}"));
    }

    [Fact]
    public void Invalid_json_names_the_line()
    {
        var json = CaseDataFiles.SmallWith("\"kind\": \"CIN review\", ", "\"kind\": \"CIN review\" ");
        var message = LoadError(json);
        Assert.StartsWith("cases.json line 30: this is not valid JSON: ", message);
        Assert.DoesNotContain("LineNumber", message);
    }

    [Theory]
    [InlineData("", "cases.json line 1: the file is empty: expected a JSON object with format, version, teams, workers and children")]
    [InlineData("[]", "cases.json line 1: expected a JSON object with format, version, teams, workers and children, found a list")]
    [InlineData("{\"format\": \"directions-caseload\", \"version\": 1, \"teams\": [], \"workers\": [], \"children\": []} x", null)]
    public void A_file_that_is_not_a_caseload_object_is_reported(string json, string? expected)
    {
        var message = LoadError(json);
        if (expected is null)
            Assert.StartsWith("cases.json line 1: this is not valid JSON: ", message);
        else
            Assert.Equal(expected, message);
    }

    [Fact]
    public void Every_problem_is_listed_one_per_line()
    {
        var json = CaseDataFiles.SmallWith("\"chair\": \"W2\"", "\"chair\": \"W99\"")
            .Replace("\"date\": \"2025-01-08\"", "\"date\": \"2025-01-32\"", StringComparison.Ordinal);
        var error = Assert.Throws<CaseDataException>(() => Load(json));
        Assert.Equal(
            [
                "cases.json line 27: children[0].visits[0].date: '2025-01-32' is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
                "cases.json line 30: children[0].meetings[0].chair: 'W99' is not the id of any worker in workers",
            ],
            error.Errors.Select(e => e.ToString()));
        Assert.Equal(string.Join("\n", error.Errors), error.Message);
        Assert.Equal(new CaseDataError("cases.json", 27, "children[0].visits[0].date", "'2025-01-32' is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)"), error.Errors[0]);
    }

    [Fact]
    public void Loading_stops_after_a_hundred_problems()
    {
        var visits = string.Join(",\n", Enumerable.Range(0, 150).Select(i => $"{{\"id\": \"V{i}\", \"date\": \"bad\", \"kind\": \"CIN\", \"child_seen\": true, \"child_seen_alone\": false}}"));
        var json = $"{{\"format\": \"directions-caseload\", \"version\": 1, \"teams\": [], \"workers\": [],\n\"children\": [{{\"id\": \"C1\", \"disabled\": false, \"visits\": [\n{visits}]}}]}}";
        var error = Assert.Throws<CaseDataException>(() => Load(json));
        Assert.True(error.StoppedEarly);
        Assert.Equal(CaseDataException.MaxErrors, error.Errors.Length);
        Assert.Equal("cases.json line 102: children[0].visits[99].date: 'bad' is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)", error.Errors[^1].ToString());
        Assert.EndsWith("\ncases.json: stopped after 100 problems; there may be more.", error.Message);
    }

    [Fact]
    public void A_long_bad_value_is_shortened_in_the_message()
    {
        var json = CaseDataFiles.SmallWith("\"date\": \"2025-02-04T14:15\"", $"\"date\": \"{new string('x', 60)}\"");
        Assert.Equal(
            $"cases.json line 28: children[0].visits[1].date: '{new string('x', 37)}...' is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
            LoadError(json));
    }

    [Fact]
    public void Unknown_record_types_and_fields_are_counted_not_kept()
    {
        var json = CaseDataFiles.SmallWith("\"cla_episodes\":", "\"pets\": [{\"id\": \"PT1\"}, {\"id\": \"PT2\"}], \"name\": \"A Child\", \"age\": 9, \"cla_episodes\":")
            .Replace("\"kind\": \"CIN\", \"child_seen\": true", "\"kind\": \"CIN\", \"address\": \"home\", \"child_seen\": true", StringComparison.Ordinal)
            .Replace("\"version\": 1,", "\"version\": 1, \"exported_by\": \"LCS\", \"pets\": [{}],", StringComparison.Ordinal)
            .Replace("\"pets\": [{\"id\": \"PT1\"}", "\"pets\": [{\"id\": \"PT1\"}, {}", StringComparison.Ordinal);

        var result = Load(json);

        Assert.True(result.HasUnknownData);
        Assert.Equal(new Dictionary<string, int> { ["children.pets"] = 3, ["pets"] = 1 }, result.UnknownRecordTypes);
        Assert.Equal(new Dictionary<string, int> { ["children.age"] = 1, ["children.name"] = 1, ["exported_by"] = 1, ["visits.address"] = 2 }, result.UnknownFields);
        Assert.Equal(
            [
                "children.pets: 3 records of a type the case-data model does not know were not loaded",
                "pets: 1 record of a type the case-data model does not know was not loaded",
                "children.age: a field the case-data model does not know, given 1 time, was not loaded",
                "children.name: a field the case-data model does not know, given 1 time, was not loaded",
                "exported_by: a field the case-data model does not know, given 1 time, was not loaded",
                "visits.address: a field the case-data model does not know, given 2 times, was not loaded",
            ],
            result.Describe());

        // Everything the model knows is still loaded.
        Assert.Equal(Load(CaseDataFiles.Small).Caseload, result.Caseload);
    }

    [Fact]
    public void An_empty_string_in_an_optional_field_is_not_recorded()
    {
        var json = CaseDataFiles.SmallWith("\"chair\": \"W2\"", "\"chair\": \"\"");
        Assert.Null(Load(json).Caseload.Children[0].Meetings[0].Chair);
    }

    [Fact]
    public void A_byte_order_mark_is_allowed()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(CaseDataFiles.Small)).ToArray();
        Assert.Equal(Load(CaseDataFiles.Small), JsonCaseDataSource.FromBytes(bytes, "cases.json").Load());
    }

    [Fact]
    public void Escaped_names_and_values_are_read()
    {
        var json = CaseDataFiles.SmallWith("\"kind\": \"CIN review\"", "\"\\u006bind\": \"CIN\\u0020review\"");
        Assert.Equal("CIN review", Load(json).Caseload.Children[0].Meetings[0].Kind);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-caseload-{Guid.NewGuid():N}.json");
        var error = Assert.Throws<CaseDataException>(() => new JsonCaseDataSource(path).Load());
        Assert.StartsWith($"{path}: the file cannot be read: ", error.Message);
    }

    [Fact]
    public void A_file_on_disk_is_named_by_its_path_in_messages()
    {
        var path = Path.Combine(Path.GetTempPath(), $"caseload-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, CaseDataFiles.SmallWith("\"chair\": \"W2\"", "\"chair\": \"W99\""));
        try
        {
            var error = Assert.Throws<CaseDataException>(() => new JsonCaseDataSource(path).Load());
            Assert.Equal($"{path} line 30: children[0].meetings[0].chair: 'W99' is not the id of any worker in workers", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
