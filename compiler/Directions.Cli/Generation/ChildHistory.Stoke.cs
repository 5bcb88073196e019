namespace Directions.Cli.Generation;

/// <summary>
/// The records Stoke-on-Trent's practice standards (seed 002) and Bristol's 2025 protocol (seed 003)
/// look for, added to a child's history once it is made: placements, legal statuses, missing episodes,
/// private fostering, short breaks; the documents, notes and meetings around conferences, core groups,
/// looked-after reviews, CIN meetings, assessments, allocations and closure; and the visits' and
/// meetings' new fields. All from a third stream, <c>stoke</c>, so the first two streams' records stay
/// as they were. Most children are "good" for each practice and keep it every time; the rest miss it
/// now and then, so each rule has children who meet it and children who do not.
/// </summary>
internal sealed partial class ChildHistory
{
    private void StokeRecords(Pathway pathway)
    {
        interpreterNeeded = stoke.Chance(0.12);
        interpreterAlways = stoke.Chance(0.7);
        parentalMentalHealth = false;
        StokeFormerRelevant(pathway);
        StokeReferrals();
        StokeAssessments(pathway);
        StokeVisits();
        StokeMeetings();
        StokeAllocations();
        StokeSupervision();
        StokeSummaries();
        StokeConcerns();
        StokeSection47(pathway);
        StokeChildProtection();
        StokeCinPlans();
        StokeLookedAfter();
        StokeShortBreaks(pathway);
        StokePrivateFostering(pathway);
        StokeClosure();
        StokeTransfers(pathway);
        StokeCareLeavers();
        StokeAgencies();
    }

    private bool? interpreterNeeded;
    private bool? higherEducation;
    private bool interpreterAlways;
    private bool? parentalMentalHealth;

    private bool Good(double share = 0.7) => stoke.Chance(share);

    private IEnumerable<GeneratedRow> RowsOf(string table, string? kind = null) =>
        rows[table].Where(r => kind is null || (string?)r.Get("kind") == kind).ToList();

    private static DateOnly DateOf(GeneratedRow row, string field) => row.Get(field) switch
    {
        Moment moment => moment.Date,
        DateOnly date => date,
        _ => row.When.Date,
    };

    private string StokeIro() => stoke.Pick(stoke.Pick(workforce.ReviewingTeams).Iros);

    private static DateOnly BackWeekdays(DateOnly date, int weekdays)
    {
        while (weekdays > 0)
        {
            date = date.AddDays(-1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                weekdays--;
        }

        return date;
    }

    private string Manager(DateOnly date) => stoke.Pick(TeamOn(date).Managers);

    private string NotAManager(DateOnly date) => stoke.Chance(0.5) ? WorkerOn(date) : stoke.Pick(TeamOn(date).SupportWorkers);

    private GeneratedRow? StokeNote(DateOnly date, string kind, string? topic, string? author)
    {
        if (date > asOf || date > Until || date < dateOfBirth)
            return null;
        // In force on the day only, so that a note about something else excuses no late or missing record.
        var when = At(date, draw: stoke);
        return Add("case_notes", when).Set("date", when).Set("kind", kind).Set("topic", topic).Set("author", author)
            .Set("applies_from", date).Set("applies_until", date).Set("fields_complete", stoke.Chance(0.9));
    }

    private GeneratedRow? StokeDocument(DateOnly created, string kind)
    {
        if (created > Until || created > asOf || created < dateOfBirth)
            return null;
        return Add("documents", new Moment(created, null)).Set("kind", kind).Set("created", created);
    }

    private GeneratedRow? StokeMeeting(DateOnly date, string kind, string? chair)
    {
        if (date > Until || date > asOf)
            return null;
        var when = At(date, draw: stoke);
        return Add("meetings", when).Set("date", when).Set("kind", kind).Set("chair", chair);
    }

    private GeneratedRow? StokeVisit(Moment when, string kind, string? purpose = null)
    {
        if (when.Date > Until || when.Date > asOf)
            return null;
        return Add("visits", when).Set("date", when).Set("kind", kind).Set("child_seen", true).Set("child_seen_alone", stoke.Chance(0.5))
            .Set("worker", WorkerOn(when.Date)).Set("purpose", purpose);
    }

    /// <summary>A date some working days after another: within the limit when <paramref name="onTime"/>, well beyond it when not.</summary>
    private DateOnly Within(DateOnly from, int limit, bool onTime) =>
        onTime ? AddWeekdays(from, stoke.Between(0, Math.Max(0, limit - 1))) : AddWeekdays(from, stoke.Between(limit + 3, limit + 12));

    /// <summary>A date some days before another: before it when <paramref name="onTime"/>, after it when not.</summary>
    private DateOnly Before(DateOnly date, bool onTime) =>
        onTime ? date.AddDays(-stoke.Between(2, 12)) : date.AddDays(stoke.Between(2, 12));

    /// <summary>
    /// Some young people looked after for a long time turned 18 in the last two years: their care ended on
    /// the birthday, they are former relevant care leavers, and a personal adviser sees them, mostly at
    /// least every 20 working days.
    /// </summary>
    private void StokeFormerRelevant(Pathway pathway)
    {
        if (pathway != Pathway.LookedAfter || !stoke.Chance(0.3))
            return;
        var episode = RowsOf("cla_episodes").FirstOrDefault();
        var eighteen = asOf.AddDays(-stoke.Between(60, 600));
        if (episode is null || episode.Get("end") is DateOnly || DateOf(episode, "start").AddDays(200) > eighteen)
            return;
        dateOfBirth = eighteen.AddYears(-18);
        episode.Set("end", eighteen).Set("end_reason", "turned 18");
        rows["visits"].RemoveAll(v => (string?)v.Get("kind") == "CLA" && ((Moment)v.Get("date")!).Date > eighteen);
        rows["meetings"].RemoveAll(m => (string?)m.Get("kind") == "CLA review" && DateOf(m, "date") > eighteen);
        Add("legal_statuses", new Moment(eighteen, null)).Set("kind", "former relevant").Set("start", eighteen);
        higherEducation = stoke.Chance(0.4);
        var adviser = stoke.Pick(workforce.Stoke.NextSteps.PersonalAdvisers);
        var appointed = eighteen.AddDays(-stoke.Between(0, 60));
        Add("allocations", new Moment(appointed, null)).Set("worker", adviser).Set("start", appointed).Set("team", "Next Steps").Set("role", "personal adviser");
        if (Good(0.7))
            StokeNote(eighteen.AddDays(stoke.Between(0, 20)), "pathway plan", "contact arrangements", adviser);
        var regular = Good(0.6);
        for (var date = AddWeekdays(eighteen, stoke.Between(3, 15)); date <= asOf; date = AddWeekdays(date, regular || stoke.Chance(0.8) ? stoke.Between(8, 18) : stoke.Between(25, 35)))
        {
            var when = At(date, draw: stoke);
            Add("visits", when).Set("date", when).Set("kind", "PA").Set("child_seen", true).Set("child_seen_alone", true)
                .Set("worker", stoke.Chance(0.93) ? adviser : WorkerOn(date)).Set("purpose", "statutory");
        }
    }

    // ------------------------------------------------------------------ referrals and assessments

    private void StokeReferrals()
    {
        var onTime = Good(0.8);
        foreach (var referral in RowsOf("referrals"))
        {
            var received = DateOf(referral, "received");
            referral.Set("concern", stoke.Chance(0.2) ? stoke.Pick(["neglect", "home conditions", "home alone"]) : stoke.Pick(["emotional wellbeing", "domestic abuse", "parenting capacity"]));
            if ((string?)referral.Get("outcome") == "no further action")
                continue;
            var decided = onTime || stoke.Chance(0.5) ? AddWeekdays(received, stoke.Between(0, 0)) : AddWeekdays(received, stoke.Between(3, 6));
            if (decided <= asOf)
            {
                referral.Set("decided", new Moment(decided, new TimeOnly(stoke.Between(12, 17), 0)))
                    .Set("decided_by", stoke.Chance(0.85) ? Manager(decided) : WorkerOn(decided));
            }

            if ((string?)referral.Get("concern") is "neglect" or "home conditions" or "home alone" && stoke.Chance(0.7))
                StokeVisit(At(AddWeekdays(received, stoke.Between(1, 8)), always: true, draw: stoke), "CIN", "statutory")?.Set("unannounced", true);
        }
    }

    private void StokeAssessments(Pathway pathway)
    {
        foreach (var assessment in RowsOf("assessments", "child and family"))
        {
            var begun = DateOf(assessment, "start");
            var completed = assessment.Get("completed") is DateOnly c ? c : (DateOnly?)null;
            assessment.Set("due", AddWeekdays(begun, 20));

            // A few are concluded early; the reason and the report to the Principal Manager mostly follow.
            if (completed is { } early && stoke.Chance(0.05))
            {
                assessment.Set("outcome", "concluded early");
                if (Good(0.7))
                    StokeNote(early, "case note", "assessment concluded early", Manager(early));
                if (Good(0.6))
                    StokeNote(AddWeekdays(early, stoke.Between(0, 3)), "case note", "early conclusion reported to principal manager", Manager(early));
            }
            else if (completed is not null)
            {
                assessment.Set("outcome", firstPlan is not null || stoke.Chance(0.25) ? "CIN plan" : pathway == Pathway.ChildProtection ? "CP" : "no further action");
            }

            // Slough asks for a qualified author and Bristol for a team manager's sign-off: a few are neither.
            if (stoke.Chance(0.05))
                assessment.Set("author", stoke.Pick(TeamOn(begun).SupportWorkers));
            if (assessment.Get("signed_off_by") is not null && stoke.Chance(0.07))
                assessment.Set("signed_off_by", stoke.Pick(workforce.FirstAssessmentTeams[0].Seniors));

            if (Good(0.75))
                StokeNote(AddWeekdays(begun, stoke.Between(0, 4)), "case note", "contact with referrer", WorkerOn(begun));
            if (completed is { } done)
            {
                if (Good(0.75))
                    StokeDocument(AddWeekdays(done, stoke.Between(0, 5)), "assessment outcome letter");
                if (Good(0.75))
                    StokeNote(AddWeekdays(done, stoke.Between(0, 5)), "case note", "agencies informed of assessment outcome", WorkerOn(done));
                // The parent signs before being given a copy, mostly.
                var copy = assessment.Get("shared_with_family") as DateOnly?;
                assessment.Set("parent_signed", Clip(Good(0.8) || copy is null ? done : copy.Value.AddDays(stoke.Between(2, 5))));
            }

            // Bristol: the team manager's casenote directing the assessment, at allocation.
            var roll = stoke.NextDouble();
            if (roll < 0.75)
                StokeNote(begun, "case direction", "assessment direction", Manager(begun));
            else if (roll < 0.85)
                StokeNote(begun, "case direction", "assessment direction", WorkerOn(begun));
        }
    }

    // ------------------------------------------------------------------ visits and meetings

    private void StokeVisits()
    {
        var complete = Good(0.85);
        var asksAboutAbuse = Good(0.7);
        var entersOnTime = Good(0.8);
        var bedroomEveryTime = Good(0.6);
        var setsNextVisit = Good(0.65);
        var announcedDiscussion = Good(0.7);
        foreach (var visit in RowsOf("visits"))
        {
            var when = (Moment)visit.Get("date")!;
            var kind = (string)visit.Get("kind")!;
            var seen = visit.Get("child_seen") is true;
            var late = !entersOnTime && stoke.Chance(0.3);
            var entered = AddWeekdays(when.Date, late ? stoke.Between(4, 8) : stoke.Between(0, 1));
            if (entered <= asOf)
                visit.Set("entered", new Moment(entered, new TimeOnly(stoke.Between(9, 17), stoke.Between(0, 3) * 15)));
            if (seen)
            {
                var bedroom = kind is "CP" or "CLA" ? bedroomEveryTime || stoke.Chance(0.75) : stoke.Chance(0.35);
                visit.Set("bedroom_seen", bedroom).Set("child_views", stoke.Chance(0.85));
                if (kind is "CIN" or "CP" or "CLA")
                    visit.Set("next_visit", setsNextVisit || stoke.Chance(0.8) ? when.Date.AddDays(stoke.Between(7, 28)) : null);
            }

            visit.Set("location", kind == "CLA" ? "placement" : stoke.Chance(0.9) ? "home" : "school");
            visit.Set("fields_complete", complete || stoke.Chance(0.85));
            if (kind is "CIN" or "CP" && stoke.Chance(0.1))
                visit.Set("woman_seen_alone", true).Set("da_enquiry", asksAboutAbuse || stoke.Chance(0.5));
            if (interpreterNeeded == true)
                visit.Set("interpreter", interpreterAlways || stoke.Chance(0.7));
            if (visit.Get("purpose") is null)
                visit.Set("purpose", "statutory");
            if (kind == "CLA" && seen && stoke.Chance(0.08))
            {
                visit.Set("unannounced", true);
                if (announcedDiscussion || stoke.Chance(0.5))
                    StokeNote(when.Date.AddDays(-stoke.Between(1, 5)), "case direction", "unannounced visit", Manager(when.Date));
            }
        }
    }

    private void StokeMeetings()
    {
        var minutesEveryTime = Good(0.7);
        var complete = Good(0.85);
        var writesUp = Good(0.7);
        foreach (var meeting in RowsOf("meetings"))
        {
            var date = DateOf(meeting, "date");
            var kind = (string)meeting.Get("kind")!;
            if (kind is "CIN review" or "RCPC" or "CLA review" or "ICPC" or "core group")
            {
                if (minutesEveryTime || stoke.Chance(0.75))
                    meeting.Set("minutes_recorded", Clip(AddWeekdays(date, stoke.Between(3, 12))));
                meeting.Set("family_present", stoke.Chance(0.85)).Set("attendees_recorded", stoke.Chance(0.9));
            }

            meeting.Set("fields_complete", complete || stoke.Chance(0.85));
            var entered = AddWeekdays(date, writesUp || stoke.Chance(0.7) ? stoke.Between(0, 0) : stoke.Between(3, 6));
            if (entered <= asOf)
                meeting.Set("entered", new Moment(entered, new TimeOnly(stoke.Between(12, 18), 0)));
            if (interpreterNeeded == true)
                meeting.Set("interpreter", interpreterAlways || stoke.Chance(0.7));
            if (kind == "strategy discussion")
                meeting.Set("police_present", stoke.Chance(0.9)).Set("social_care_manager_present", stoke.Chance(0.85)).Set("police_manager_present", stoke.Chance(0.7));
            // Bristol: strategy discussions by a team manager; a few are held by a senior practitioner.
            if (kind == "strategy discussion" && stoke.Chance(0.15))
                meeting.Set("chair", stoke.Pick(workforce.FirstAssessmentTeams[0].Seniors));
            if (kind == "CLA review")
                meeting.Set("minutes_circulated", minutesEveryTime || stoke.Chance(0.7) ? Clip(AddWeekdays(date, stoke.Between(8, 18))) : null);
            // Stoke: looked-after reviews chaired by the IRO; a few record the social worker instead.
            if (kind == "CLA review" && stoke.Chance(0.06))
                meeting.Set("chair", WorkerOn(date));
        }
    }

    // ------------------------------------------------------------------ allocations, supervision, summaries

    private void StokeAllocations()
    {
        var directed = Good(0.75);
        var chronologyKept = Good(0.85);
        var unregisteredLead = rows["cp_plans"].Count > 0 && stoke.Chance(0.1);
        foreach (var allocation in RowsOf("allocations"))
        {
            var from = DateOf(allocation, "start");
            allocation.Set("role", "lead").Set("decided_by", stoke.Chance(0.88) ? Manager(from) : WorkerOn(from));
            if (unregisteredLead && DateOf(allocation, "start") > start)
                allocation.Set("worker", stoke.Pick(TeamOn(from).SupportWorkers));
            if (directed || stoke.Chance(0.5))
                StokeNote(from.AddDays(stoke.Between(0, 2)), "case direction", "allocation", stoke.Chance(0.9) ? Manager(from) : WorkerOn(from));
            var level = stoke.NextDouble();
            if (level < 0.75)
                StokeNote(from, "management decision", "level of need", Manager(from));
            else if (level < 0.85)
                StokeNote(from, "management decision", "level of need", WorkerOn(from));

            Add("chronology_entries", new Moment(from, null)).Set("date", from).Set("added", Clip(from.AddDays(chronologyKept ? stoke.Between(0, 10) : stoke.Between(150, 250)))).Set("kind", "allocation");
        }
    }

    private void StokeSupervision()
    {
        var writesUpOnTime = Good(0.75);
        var coversTemplate = Good(0.75);
        foreach (var note in RowsOf("case_notes", "supervision"))
        {
            var written = DateOf(note, "date");
            note.Set("sections_complete", coversTemplate || stoke.Chance(0.7));
            var session = writesUpOnTime || stoke.Chance(0.6) ? written.AddDays(-stoke.Between(0, 1)) : written.AddDays(-stoke.Between(6, 12));
            if (session.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                session = session.AddDays(-2);
            if (session >= start)
                StokeMeeting(session, "supervision", (string?)note.Get("author"));
        }

        // Stoke: management decisions and visiting decisions are recorded by the manager; a few are not. Who
        // was present at a decision is mostly recorded.
        var attendance = Good(0.6);
        foreach (var note in RowsOf("case_notes"))
        {
            if ((string?)note.Get("kind") == "management decision")
                note.Set("attendees_recorded", attendance || stoke.Chance(0.7));
            var topic = (string?)note.Get("topic");
            if (((string?)note.Get("kind") == "management decision" || topic == "visiting frequency") && stoke.Chance(0.07))
                note.Set("author", WorkerOn(DateOf(note, "date")));
        }
    }

    private void StokeSummaries()
    {
        var quarterly = Good(0.7);
        for (var date = start.AddDays(stoke.Between(40, 85)); date <= Until; date = date.AddDays(quarterly || stoke.Chance(0.6) ? stoke.Between(70, 88) : stoke.Between(100, 140)))
            StokeNote(Weekday(date), "case note summary", null, stoke.Chance(0.93) ? WorkerOn(date) : null)?.Set("sections_complete", quarterly || stoke.Chance(0.7));
        if (Good(0.85))
            StokeDocument(start.AddDays(stoke.Between(0, 20)), "contact summary");
    }

    /// <summary>Concerns that start a duty: child exploitation, parental mental health, an allegation against a professional.</summary>
    private void StokeConcerns()
    {
        var span = Until.DayNumber - start.DayNumber;
        if (span < 30)
            return;
        DateOnly Some() => Weekday(start.AddDays(stoke.Between(5, span - 10)));
        if (Until.DayNumber - dateOfBirth.DayNumber > 10 * 365 && stoke.Chance(0.12))
        {
            var date = Some();
            StokeNote(date, "case note", "child exploitation concern", WorkerOn(date));
            if (Good(0.7))
                StokeNote(AddWeekdays(date, stoke.Between(0, 3)), "case note", "shared with child exploitation coordinator", WorkerOn(date));
            if (Good(0.7))
                StokeDocument(AddWeekdays(date, stoke.Between(0, 5)), "risk factor matrix");
        }

        if (stoke.Chance(0.1))
        {
            var date = Some();
            StokeNote(date, "case note", "parental mental health", WorkerOn(date));
            parentalMentalHealth = true;
            if (Good(0.7))
                StokeNote(AddWeekdays(date, stoke.Between(0, 5)), "case note", "liaison with mental health services", WorkerOn(date));
            if (Good(0.65))
                StokeVisit(At(AddWeekdays(date, stoke.Between(2, 10)), draw: stoke), "CIN", "statutory")?.Set("joint_with", "mental health services");
        }

        if (stoke.Chance(0.04))
        {
            var date = Some();
            StokeNote(date, "allegation against a professional", null, WorkerOn(date));
            if (Good(0.7))
                StokeNote(date, "LADO referral", null, WorkerOn(date));
            if (Good(0.75))
                StokeNote(date, "allegation reported to team manager", null, WorkerOn(date));
        }
    }

    // ------------------------------------------------------------------ section 47 and child protection

    private void StokeSection47(Pathway pathway)
    {
        // Some children in need are the subject of a section 47 enquiry during the assessment that ends in
        // a CIN plan or no further action.
        if (pathway == Pathway.ChildInNeed && stoke.Chance(0.14) && start.AddDays(30) < Until)
        {
            var begun = AddWeekdays(start, stoke.Between(2, 6));
            var completed = AddWeekdays(begun, stoke.Between(4, 10));
            var outcome = stoke.Chance(0.5) ? "no further action" : "CIN plan";
            Add("s47_enquiries", new Moment(begun, null)).Set("start", begun).Set("completed", Clip(completed)).Set("outcome", outcome)
                .Set("strategy_discussion", begun).Set("joint_investigation", stoke.Chance(0.3));
            // Bristol: held by a team manager; a few by a senior practitioner.
            var chair = stoke.Chance(0.85) ? Manager(begun) : stoke.Pick(workforce.FirstAssessmentTeams[0].Seniors);
            var held = Good(0.85) ? begun.AddDays(-stoke.Between(0, 1)) : begun.AddDays(stoke.Between(2, 5));
            StokeMeeting(held, "strategy discussion", chair)?.Set("police_present", stoke.Chance(0.9));
            if (outcome == "no further action" && Good(0.65))
                StokeNote(completed.AddDays(stoke.Between(0, 5)), "closure", null, WorkerOn(completed));
        }

        foreach (var s47 in RowsOf("s47_enquiries"))
        {
            var begun = DateOf(s47, "start");
            s47.Set("strategy_discussion", begun);
            if (s47.Get("joint_investigation") is null)
                s47.Set("joint_investigation", stoke.Chance(0.3));
            if (Good(0.75))
                StokeNote(AddWeekdays(begun, stoke.Between(0, 3)), "case note", "family members working with children", WorkerOn(begun));
            if (stoke.Chance(0.15))
            {
                var found = AddWeekdays(begun, stoke.Between(1, 4));
                StokeNote(found, "case note", "family member works with children", WorkerOn(begun));
                if (Good(0.6))
                    StokeNote(AddWeekdays(found, stoke.Between(0, 3)), "LADO consultation", null, WorkerOn(found));
            }
        }
    }

    private void StokeChildProtection()
    {
        if (rows["cp_plans"].Count == 0)
            return;
        var icpc = RowsOf("meetings", "ICPC").Select(m => DateOf(m, "date")).FirstOrDefault();
        if (icpc == default)
            return;

        // The outline plan at the conference, by its chair, sent out within 48 hours; the parents' and child's
        // views before it; the report authorised by the team manager.
        var conferenceRow = RowsOf("meetings", "ICPC").First();
        var conferenceChair = (string?)conferenceRow.Get("chair");
        var authorised = stoke.NextDouble();
        conferenceRow.Set("report_signed_off_by", authorised < 0.8 ? Manager(icpc) : authorised < 0.9 ? WorkerOn(icpc) : null);
        var outlineAuthor = stoke.Chance(0.85) ? conferenceChair : WorkerOn(icpc);
        if (Good(0.85))
            StokeDocument(icpc, "outline CP plan")?.Set("author", outlineAuthor);
        else if (stoke.Chance(0.5))
            StokeDocument(icpc.AddDays(stoke.Between(5, 20)), "outline CP plan")?.Set("author", outlineAuthor);
        var sent = Good(0.8) ? icpc.AddDays(stoke.Between(0, 1)) : AddWeekdays(icpc, stoke.Between(4, 8));
        if (sent <= Until)
            Add("case_notes", new Moment(sent, new TimeOnly(stoke.Between(9, 11), 0))).Set("date", new Moment(sent, new TimeOnly(stoke.Between(9, 11), 0)))
                .Set("kind", "distribution").Set("topic", "outline CP plan").Set("author", WorkerOn(sent));
        var viewsFirst = Good(0.75);
        StokeNote(Before(icpc, viewsFirst), "views of parents", null, WorkerOn(icpc));
        StokeNote(Before(icpc, viewsFirst || stoke.Chance(0.5)), "views of child", null, WorkerOn(icpc));

        // Conference reports, shared with the family before each conference.
        var shares = Good(0.75);
        var templated = Good(0.75);
        var chronicled = Good(0.85);
        foreach (var conference in RowsOf("meetings").Where(m => (string?)m.Get("kind") is "ICPC" or "RCPC"))
        {
            var date = DateOf(conference, "date");
            StokeDocument(date.AddDays(-stoke.Between(4, 8)), "conference report")?.Set("author", WorkerOn(date))
                .Set("shared_with_family", shares || stoke.Chance(0.5) ? date.AddDays(-stoke.Between(3, 4)) : null)
                .Set("on_template", templated || stoke.Chance(0.7)).Set("signed", templated || stoke.Chance(0.7));
            if (chronicled || stoke.Chance(0.5))
                Add("chronology_entries", new Moment(date, null)).Set("date", date).Set("added", Clip(date.AddDays(stoke.Between(0, 10)))).Set("kind", "conference");
            if (stoke.Chance(0.06))
            {
                StokeNote(date.AddDays(-stoke.Between(1, 3)), "conference exclusion", null, WorkerOn(date));
                if (Good(0.7))
                    StokeDocument(date.AddDays(-stoke.Between(0, 1)), "conference exclusion reasons");
            }
        }

        // After every core group: the plan updated, its record written, circulated, and sent to the manager to authorise.
        var afterCoreGroups = Good(0.7);
        var first = true;
        foreach (var coreGroup in RowsOf("meetings", "core group"))
        {
            var date = DateOf(coreGroup, "date");
            var onTime = afterCoreGroups || stoke.Chance(0.7);
            StokeDocument(Within(date, 2, onTime), "CP plan")?.Set("shared_with_family", shares || stoke.Chance(0.6) ? Clip(AddWeekdays(date, stoke.Between(2, 6))) : null);
            StokeDocument(Within(date, 2, onTime || stoke.Chance(0.5)), "record of core group meeting");
            StokeNote(Within(date, 5, onTime || stoke.Chance(0.5)), "distribution", "CP plan", WorkerOn(date));
            if (onTime || stoke.Chance(0.5))
                StokeNote(AddWeekdays(date, stoke.Between(1, 4)), "task", "review plan and authorise", WorkerOn(date));
            if (first && Good(0.75))
                StokeDocument(AddWeekdays(date, stoke.Between(1, 8)), "signed CP plan");
            first = false;
        }

        // A chair's decision when a core group was not held: the core group follows within 5 working days, mostly.
        var coreGroups = RowsOf("meetings", "core group").Select(m => DateOf(m, "date")).ToList();
        if (coreGroups.Count > 1 && stoke.Chance(0.35))
        {
            var decided = AddWeekdays(coreGroups[0], stoke.Between(15, 20));
            if (decided <= Until)
            {
                StokeNote(decided, "chair decision", "core group not held", StokeIro());
                if (Good(0.7))
                    StokeMeeting(AddWeekdays(decided, stoke.Between(1, 4)), "core group", WorkerOn(decided));
            }
        }
    }

    // ------------------------------------------------------------------ CIN plans

    private void StokeCinPlans()
    {
        var planDocuments = Good(0.8);
        var familyTakesPart = Good(0.7);
        var actionsAssigned = Good(0.7);
        var signs = Good(0.65);
        foreach (var plan in RowsOf("cin_plans"))
        {
            var begun = DateOf(plan, "start");
            plan.Set("kind", disabled && stoke.Chance(0.3) ? "CIN CWD" : "CIN").Set("next_review", begun.AddDays(stoke.Between(20, 40)));
            if ((string?)plan.Get("kind") == "CIN CWD" && stoke.Chance(0.25))
                rows["visits"].RemoveAll(v => (string?)v.Get("kind") == "CIN" && ((Moment)v.Get("date")!).Date > begun.AddDays(20) && ((Moment)v.Get("date")!).Date < begun.AddDays(130));
            if ((string?)plan.Get("kind") == "CIN CWD" && Good(0.8))
                StokeNote(begun.AddDays(stoke.Between(0, 20)), "case direction", "CIN CWD review frequency", stoke.Chance(0.85) ? Manager(begun) : WorkerOn(begun));
            if (planDocuments || stoke.Chance(0.3))
            {
                var signedBy = stoke.NextDouble();
                var version = begun.AddDays(stoke.Between(0, 3));
                var participated = familyTakesPart || stoke.Chance(0.6);
                StokeDocument(version, "CIN plan")?.Set("signed_off", signedBy < 0.9 ? Clip(version.AddDays(stoke.Between(0, 5))) : null)
                    .Set("signed_off_by", signedBy < 0.75 ? Manager(version) : signedBy < 0.9 ? WorkerOn(version) : null)
                    .Set("author", stoke.Chance(0.9) ? WorkerOn(version) : null).Set("family_participated", participated)
                    .Set("actions_assigned", actionsAssigned || stoke.Chance(0.6));
                if (!participated && stoke.Chance(0.5))
                    StokeNote(version, "case note", "family not included in plan", WorkerOn(version));
            }
            if (Good(0.7))
                StokeDocument(begun.AddDays(-stoke.Between(1, 10)), "CIN consent form");
            else if (stoke.Chance(0.5))
                StokeDocument(begun.AddDays(stoke.Between(3, 20)), "CIN consent form");
            var approval = stoke.NextDouble();
            if (approval < 0.7)
                StokeNote(begun.AddDays(-stoke.Between(1, 5)), "management decision", "plan approval", Manager(begun));
            else if (approval < 0.85)
                StokeNote(begun.AddDays(stoke.Between(3, 15)), "management decision", "plan approval", Manager(begun));
        }

        foreach (var meeting in RowsOf("meetings").Where(m => (string?)m.Get("kind") is "initial CIN meeting" or "CIN review"))
        {
            var date = DateOf(meeting, "date");
            if (signs || stoke.Chance(0.6))
                StokeDocument(AddWeekdays(date, stoke.Between(0, 5)), "signed CIN plan");
            if ((string?)meeting.Get("kind") != "initial CIN meeting")
                continue;
            if (Good(0.7))
                StokeVisit(At(BackWeekdays(date, stoke.Between(2, 8)), always: true, draw: stoke), "CIN", "meeting preparation");
            var decision = Good(0.75) ? BackWeekdays(date, stoke.Between(4, 12)) : BackWeekdays(date, stoke.Between(20, 30));
            StokeNote(decision < start ? start : decision, "case note", "CIN meeting required", Manager(date));
            if (Good(0.75))
                StokeNote(date, "case note", "CIN review chair agreed", WorkerOn(date));
        }
    }

    // ------------------------------------------------------------------ looked after children

    private void StokeLookedAfter()
    {
        var episode = RowsOf("cla_episodes").FirstOrDefault();
        if (episode is null)
            return;
        var from = DateOf(episode, "start");
        var until = episode.Get("end") is DateOnly e ? e : asOf;
        var status = (string?)episode.Get("legal_status");
        if (episode.Get("end") is DateOnly && episode.Get("end_reason") is null)
            episode.Set("end_reason", "returned home");
        var schoolAge = from.DayNumber - dateOfBirth.DayNumber is >= 5 * 365 and < 16 * 365;

        // Legal status periods, court documents.
        var legal = status switch { "C1" => "care order", "C2" => "ICO", "E1" => "care order", "V2" => "s20", _ => "police protection" };
        Add("legal_statuses", new Moment(from, null)).Set("kind", legal).Set("start", from).Set("end", episode.Get("end"));
        if ((status == "E1" || status == "C1" && stoke.Chance(0.4)) && until.DayNumber - from.DayNumber > 120)
        {
            // A placement order some months in, and for half of them a placement with prospective adopters later,
            // reviewed within 20 working days and then 6-monthly.
            var order = Weekday(from.AddDays(stoke.Between(60, Math.Min(300, until.DayNumber - from.DayNumber - 30))));
            Add("legal_statuses", new Moment(order, null)).Set("kind", "placement order").Set("start", order).Set("end", episode.Get("end"));
            var placedForAdoption = Weekday(order.AddDays(stoke.Between(40, 200)));
            if (stoke.Chance(0.6) && placedForAdoption.AddDays(40) < until)
            {
                var adoptive = new Moment(placedForAdoption, new TimeOnly(11, 0));
                Add("placements", adoptive).Set("start", adoptive).Set("end", episode.Get("end")).Set("kind", "placed for adoption");
                var reviewsKept = Good(0.7);
                for (var review = AddWeekdays(placedForAdoption, reviewsKept ? stoke.Between(8, 17) : stoke.Between(25, 35)); review <= until && review <= asOf;
                     review = Weekday(review.AddDays(reviewsKept || stoke.Chance(0.6) ? stoke.Between(150, 175) : stoke.Between(200, 230))))
                    StokeMeeting(review, "CLA review", StokeIro());
            }
        }

        if (stoke.Chance(0.2) && until.DayNumber - from.DayNumber > 90)
        {
            var decided = Weekday(from.AddDays(stoke.Between(40, until.DayNumber - from.DayNumber - 30)));
            StokeNote(decided, "management decision", "adoption or long-term fostering plan", Manager(decided));
            if (Good(0.7))
            {
                var coWorker = AddWeekdays(decided, stoke.Between(1, 10));
                if (coWorker <= until && coWorker <= asOf)
                    Add("allocations", new Moment(coWorker, null)).Set("worker", stoke.Pick(workforce.Stoke.ChildrenInCare.SocialWorkers)).Set("start", coWorker)
                        .Set("end", episode.Get("end")).Set("team", "Children in Care").Set("role", "co-worker");
            }
        }

        // A child returning home has a CIN plan from that day; for a few it was never made.
        if (episode.Get("end") is DateOnly home && stoke.Chance(0.5))
            rows["cin_plans"].RemoveAll(plan => DateOf(plan, "start") == home);
        if (status is "C1" or "C2" or "E1" && Good(0.8))
            StokeDocument(from.AddDays(stoke.Between(0, 10)), "court order");
        if (Good(0.85))
            StokeDocument(from.AddDays(stoke.Between(0, 30)), "photograph");
        if (Good(0.8))
            StokeDocument(from.AddDays(stoke.Between(0, 30)), "birth certificate");

        // Placements: the first at once (a third of them in an emergency), some moves later.
        var placementKind = stoke.NextDouble() switch { < 0.6 => "foster", < 0.72 => "connected carer", < 0.88 => "placed with parents", _ => "residential" };
        var placementStarts = new List<(DateOnly Start, string Kind)> { (from, placementKind) };
        if (stoke.Chance(0.3) && until.DayNumber - from.DayNumber > 120)
            placementStarts.Add((Weekday(from.AddDays(stoke.Between(60, until.DayNumber - from.DayNumber - 30))), stoke.NextDouble() switch { < 0.6 => "foster", < 0.8 => "placed with parents", _ => "residential" }));
        var visitsOnTheDay = Good(0.6);
        for (var i = 0; i < placementStarts.Count; i++)
        {
            var (placed, kind) = placementStarts[i];
            DateOnly? ended = i + 1 < placementStarts.Count ? placementStarts[i + 1].Start : episode.Get("end") as DateOnly?;
            var at = new Moment(placed, new TimeOnly(stoke.Between(10, 19), 0));
            var placement = Add("placements", at).Set("start", at).Set("end", ended).Set("kind", kind)
                .Set("emergency", i == 0 && stoke.Chance(0.35)).Set("out_of_area", stoke.Chance(0.15));
            if (Good(0.25) && placed.AddDays(400) < until)
                placement.Set("permanence_agreed", placed.AddDays(stoke.Between(200, 380)));
            if (placement.Get("emergency") is true)
            {
                if (Good(0.7))
                    StokeDocument(placed, "placement plan primary information");
                var meetingAt = Good(0.7) ? new Moment(placed.AddDays(stoke.Between(0, 2)), new TimeOnly(stoke.Between(9, 16), 0)) : new Moment(placed.AddDays(stoke.Between(5, 9)), new TimeOnly(10, 0));
                if (meetingAt.Date <= Until)
                    Add("meetings", meetingAt).Set("date", meetingAt).Set("kind", "placement meeting").Set("chair", WorkerOn(placed));
            }

            if (placement.Get("out_of_area") is true && Good(0.7))
                StokeNote(placed.AddDays(stoke.Between(0, 20)), "supervision", "visiting frequency", Manager(placed));
            if (visitsOnTheDay || stoke.Chance(0.25))
                StokeVisit(new Moment(placed, new TimeOnly(Math.Min(20, at.Time!.Value.Hour + 2), 0)), "CLA", "statutory")?.Set("location", "placement").Set("bedroom_seen", true);
            if (kind == "placed with parents")
                PlacedWithParentsVisits(placed, ended ?? until);
            if (kind == "placed with parents" && Good(0.8))
            {
                // Mostly after the chronology was started; a few so soon that there was none yet.
                var assessed = placed.AddDays(stoke.Between(5, 40));
                if (stoke.Chance(0.5) && rows["documents"].RemoveAll(d => (string?)d.Get("kind") == "chronology") > 0)
                    StokeDocument(assessed.AddDays(stoke.Between(5, 30)), "chronology");
                Add("assessments", new Moment(assessed, null)).Set("kind", "placement with parents").Set("start", placed).Set("completed", Clip(assessed)).Set("author", WorkerOn(placed));
            }
        }

        // Plans and the first weeks: care plan, health plan, placement plan, PEP, health assessment, IRO.
        var assignsActions = Good(0.7);
        if (Good(0.9))
            StokeDocument(from.AddDays(Good(0.75) ? stoke.Between(0, 8) : stoke.Between(20, 40)), "care plan")?.Set("actions_assigned", assignsActions || stoke.Chance(0.6));
        if (Good(0.85))
            StokeDocument(from.AddDays(stoke.Between(0, 20)), "health plan");
        if (Good(0.85))
            StokeDocument(from.AddDays(stoke.Between(-2, 5)), "placement plan");
        if (schoolAge)
        {
            var roll = stoke.NextDouble();
            StokeDocument(AddWeekdays(from, roll < 0.65 ? stoke.Between(2, 8) : roll < 0.8 ? stoke.Between(12, 17) : stoke.Between(25, 40)), "PEP");
        }

        StokeDocument(from.AddDays(Good(0.75) ? stoke.Between(5, 25) : stoke.Between(35, 60)), "initial health assessment");
        if (Good(0.85))
            StokeDocument(from.AddDays(stoke.Between(1, 10)), "IRO introductory letter");
        StokeNote(Within(from, 1, Good(0.75)), "IRO contact", "book first review", WorkerOn(from));
        var iroDate = Within(from, 5, Good(0.8));
        if (iroDate <= until)
            Add("allocations", new Moment(iroDate, null)).Set("worker", StokeIro()).Set("start", iroDate).Set("end", episode.Get("end")).Set("role", "IRO");

        // Missing episodes, and requests for a visit, each with the visit that should follow within 24 hours.
        if (stoke.Chance(0.3))
        {
            var visitsAfter = Good(0.6);
            for (var n = stoke.Between(1, 3); n > 0; n--)
            {
                var went = from.AddDays(stoke.Between(10, Math.Max(11, until.DayNumber - from.DayNumber - 5)));
                if (went >= until || went > asOf.AddDays(-5))
                    continue;
                var missingAt = new Moment(went, new TimeOnly(stoke.Between(15, 22), 0));
                var back = new Moment(went.AddDays(stoke.Between(0, 2)), new TimeOnly(stoke.Between(6, 12), 0));
                Add("missing_episodes", missingAt).Set("start", missingAt).Set("returned", back);
                var visited = visitsAfter || stoke.Chance(0.5)
                    ? new Moment(back.Date, new TimeOnly(Math.Min(20, back.Time!.Value.Hour + stoke.Between(2, 8)), 0))
                    : new Moment(back.Date.AddDays(stoke.Between(3, 6)), new TimeOnly(11, 0));
                StokeVisit(visited, "CLA", "return from missing")?.Set("location", "placement");
            }
        }

        if (stoke.Chance(0.25))
        {
            var asked = Weekday(from.AddDays(stoke.Between(10, Math.Max(11, until.DayNumber - from.DayNumber - 5))));
            if (asked < until && asked < asOf.AddDays(-5))
            {
                var requestAt = new Moment(asked, new TimeOnly(stoke.Between(9, 12), 0));
                Add("case_notes", requestAt).Set("date", requestAt).Set("kind", "visit request").Set("author", WorkerOn(asked));
                var visited = Good(0.55) ? new Moment(asked, new TimeOnly(stoke.Between(14, 18), 0)) : new Moment(asked.AddDays(stoke.Between(3, 6)), new TimeOnly(11, 0));
                StokeVisit(visited, "CLA", "request")?.Set("location", "placement");
            }
        }

        // Supervised family time, each session written up, mostly within 2 working days.
        if (stoke.Chance(0.2))
        {
            var writtenUp = Good(0.7);
            for (var session = from.AddDays(stoke.Between(7, 20)); session <= until && session <= asOf; session = session.AddDays(stoke.Between(21, 35)))
            {
                var at = At(Weekday(session), always: true, draw: stoke);
                var entered = AddWeekdays(at.Date, writtenUp || stoke.Chance(0.7) ? stoke.Between(0, 1) : stoke.Between(4, 7));
                StokeVisit(at, "supervised family time", "family time")?.Set("entered", entered <= asOf ? new Moment(entered, new TimeOnly(16, 0)) : null);
            }
        }

        // Around every review: the care plan before and after, the PEP review, the IRO's conversation with the
        // child, the consultations; then the decisions, the record and its distribution.
        var reviewsWell = Good(0.65);
        var reviews = RowsOf("meetings", "CLA review").ToList();
        foreach (var review in reviews)
        {
            var date = DateOf(review, "date");
            var onTime = reviewsWell || stoke.Chance(0.6);
            StokeDocument(Before(date, onTime), "care plan")?.Set("actions_assigned", assignsActions || stoke.Chance(0.6));
            StokeDocument(Within(date, 10, onTime || stoke.Chance(0.5)), "care plan")?.Set("actions_assigned", assignsActions || stoke.Chance(0.6));
            if (review.Get("family_present") is false && Good(0.7))
                StokeNote(AddWeekdays(date, stoke.Between(0, 5)), "IRO contact", "record for parents", (string?)review.Get("chair"));
            if (schoolAge)
                StokeMeeting(Before(date, onTime || stoke.Chance(0.5)), "PEP review", null);
            StokeNote(Before(date, onTime || stoke.Chance(0.5)), "IRO contact", "child", (string?)review.Get("chair"));
            foreach (var consultee in new[] { "child", "parents", "carer", "teacher", "health" })
                StokeNote(Before(date, onTime || stoke.Chance(0.7)), "review consultation", consultee, WorkerOn(date));
            StokeDocument(Within(date, 5, onTime || stoke.Chance(0.5)), "review decisions");
            StokeDocument(Within(date, 15, onTime || stoke.Chance(0.5)), "review record")?.Set("author", stoke.Chance(0.85) ? (string?)review.Get("chair") : WorkerOn(date));
            StokeNote(Within(date, 20, onTime || stoke.Chance(0.5)), "distribution", "review record", WorkerOn(date));
            review.Set("report_to_chair", date.AddDays(-stoke.Between(2, 6))).Set("consultation_sent", date.AddDays(-stoke.Between(25, 35)));
        }

        // A few reviews are adjourned, and mostly completed within 20 working days.
        if (reviews.Count > 0 && stoke.Chance(0.3))
        {
            var completed = DateOf(reviews[^1], "date");
            StokeMeeting(BackWeekdays(completed, Good(0.6) ? stoke.Between(5, 15) : stoke.Between(26, 35)), "adjourned CLA review", (string?)reviews[^1].Get("chair"));
        }
    }

    /// <summary>Children placed with parents are visited in the first week and every 4 weeks: extra visits between the usual ones, for most.</summary>
    private void PlacedWithParentsVisits(DateOnly from, DateOnly until)
    {
        if (!Good(0.65))
            return;
        StokeVisit(At(AddWeekdays(from, stoke.Between(1, 4)), always: true, draw: stoke), "CLA", "statutory")?.Set("location", "home");
        var visits = RowsOf("visits", "CLA").Select(v => ((Moment)v.Get("date")!).Date).Where(d => d >= from && d <= until).Order().ToList();
        for (var i = 1; i < visits.Count; i++)
        {
            if (visits[i].DayNumber - visits[i - 1].DayNumber > 26)
                StokeVisit(At(visits[i - 1].AddDays((visits[i].DayNumber - visits[i - 1].DayNumber) / 2), always: true, draw: stoke), "CLA", "statutory")?.Set("location", "home");
        }

        var last = visits.Count > 0 ? visits[^1] : from;
        for (var d = last.AddDays(stoke.Between(18, 25)); d <= until && d <= asOf; d = d.AddDays(stoke.Between(18, 25)))
            StokeVisit(At(d, always: true, draw: stoke), "CLA", "statutory")?.Set("location", "home");
    }

    // ------------------------------------------------------------------ short breaks and private fostering

    /// <summary>Some disabled children have a series of short breaks (looked after under V4) after their assessment.</summary>
    private void StokeShortBreaks(Pathway pathway)
    {
        if (pathway != Pathway.Disabled || !stoke.Chance(0.5))
            return;
        var assessment = RowsOf("assessments", "child and family").FirstOrDefault();
        if (assessment?.Get("completed") is not DateOnly assessed)
            return;
        var begun = Good(0.7) ? assessed.AddDays(stoke.Between(10, 60)) : start.AddDays(stoke.Between(0, 3));
        if (begun.AddDays(30) > Until)
            return;
        Add("cla_episodes", new Moment(begun, null)).Set("start", begun).Set("legal_status", "V4");
        Add("cin_plans", new Moment(begun, null)).Set("start", begun).Set("kind", "short breaks");

        // For some, a spell of more than 3 months with no visit, or with no supervision.
        if (stoke.Chance(0.3) && begun.AddDays(160) < Until)
        {
            var gapFrom = begun.AddDays(stoke.Between(20, 40));
            var gapTo = gapFrom.AddDays(stoke.Between(110, 130));
            if (stoke.Chance(0.5))
                rows["visits"].RemoveAll(v => ((Moment)v.Get("date")!).Date > gapFrom && ((Moment)v.Get("date")!).Date < gapTo);
            else
                rows["case_notes"].RemoveAll(n => (string?)n.Get("kind") == "supervision" && DateOf(n, "date") > gapFrom && DateOf(n, "date") < gapTo);
        }
        if (Good(0.7))
            assessment.Set("author", stoke.Pick(workforce.Stoke.Cwd.SocialWorkers));

        var wellReviewed = Good(0.7);
        var review = begun.AddDays(wellReviewed ? stoke.Between(60, 85) : stoke.Between(100, 130));
        while (review <= Until)
        {
            var chair = stoke.Chance(0.9) ? WorkerOn(review) : stoke.Pick(TeamOn(review).SupportWorkers);
            StokeMeeting(Weekday(review), "short breaks review", chair)?.Set("face_to_face", wellReviewed || stoke.Chance(0.5));
            StokeMeeting(Weekday(review), "CLA review", StokeIro());
            review = review.AddDays(wellReviewed || stoke.Chance(0.7) ? stoke.Between(150, 175) : stoke.Between(195, 230));
        }
    }

    /// <summary>A few children in need are privately fostered: the first visit within 7 working days of the notification, then 6- to 12-weekly.</summary>
    private void StokePrivateFostering(Pathway pathway)
    {
        if (pathway != Pathway.ChildInNeed || !stoke.Chance(0.1) || start.AddDays(60) > Until)
            return;
        var began = start.AddDays(-stoke.Between(5, 60));
        var notified = start;
        Add("private_fostering", new Moment(notified, null)).Set("notified", notified).Set("start", began).Set("end", end);
        var visit = Good(0.75) ? AddWeekdays(notified, stoke.Between(2, 6)) : AddWeekdays(notified, stoke.Between(10, 15));
        var regular = Good(0.7);
        while (visit <= Until)
        {
            StokeVisit(At(visit, draw: stoke), "PF", "statutory");
            visit = Weekday(visit.AddDays(regular || stoke.Chance(0.8) ? stoke.Between(35, 80) : stoke.Between(90, 110)));
        }
    }

    // ------------------------------------------------------------------ closure

    private void StokeClosure()
    {
        var episode = RowsOf("cin_episodes").FirstOrDefault();
        if (end is not { } closed || closed > asOf || episode is null)
            return;
        var steppedDown = stoke.Chance(0.5);
        if (stoke.Chance(0.08))
        {
            foreach (var assessment in RowsOf("assessments"))
                assessment.Remove("completed").Remove("outcome").Remove("signed_off").Remove("signed_off_by").Remove("shared_with_family").Remove("parent_signed");
        }

        episode.Set("end_reason", steppedDown ? "step down" : "no further action");
        DateOnly Earlier() => closed.AddDays(-stoke.Between(1, 14)) is var d && d >= start ? d : start;
        if (steppedDown && Good(0.7))
            StokeMeeting(Earlier(), "locality meeting", Manager(closed));
        if (Good(0.7))
            StokeNote(Earlier(), "case file audit", null, stoke.Chance(0.9) ? Manager(closed) : WorkerOn(closed));
        if (Good(0.75))
            StokeDocument(Earlier(), "closure letter")?.Set("circulated", Good(0.8) ? Clip(closed.AddDays(-stoke.Between(0, 1))) : null);
        if (Good(0.7))
            StokeDocument(Earlier(), "transfer or closure notification");
        if (Good(0.7))
            StokeNote(Earlier(), "views of professionals", null, WorkerOn(closed));

        // Bristol: the team manager signs off the closure record; a few are signed off by someone else or not at all.
        foreach (var note in RowsOf("case_notes", "closure"))
        {
            var date = DateOf(note, "date");
            var roll = stoke.NextDouble();
            if (roll < 0.75)
                note.Set("signed_off", Clip(date.AddDays(stoke.Between(0, 3)))).Set("signed_off_by", Manager(date));
            else if (roll < 0.9)
                note.Set("signed_off", Clip(date.AddDays(stoke.Between(0, 3)))).Set("signed_off_by", WorkerOn(date));
        }
    }

    // ------------------------------------------------------------------ transfers

    /// <summary>
    /// A transfer record for each move of the case between teams, with what should come before it; a step
    /// down for children stepped down at closure; a move to Children in Care for some looked-after children;
    /// and a few children moving in on a CP plan.
    /// </summary>
    private void StokeTransfers(Pathway pathway)
    {
        var thorough = Good(0.7);
        for (var i = 1; i < holders.Count; i++)
        {
            var (date, team, _) = holders[i];
            var from = holders[i - 1].Team;
            if (from == team || date > asOf)
                continue;
            var transfer = Add("transfers", new Moment(date, null)).Set("date", date).Set("kind", "between teams").Set("from_team", from.Id).Set("to_team", team.Id);
            Prepare(transfer, date, from, thorough);
        }

        if (pathway == Pathway.LookedAfter && RowsOf("cla_episodes").FirstOrDefault() is { } episode && stoke.Chance(0.5))
        {
            var moved = Weekday(DateOf(episode, "start").AddDays(stoke.Between(20, 60)));
            if (moved <= Until && moved <= asOf)
            {
                var transfer = Add("transfers", new Moment(moved, null)).Set("date", moved).Set("kind", "between teams")
                    .Set("from_team", TeamOn(moved).Id).Set("to_team", "Children in Care");
                Prepare(transfer, moved, TeamOn(moved), thorough);
                if (Good(0.7))
                    StokeDocument(moved.AddDays(-stoke.Between(20, 60)), "permanency tracker")?.Set("completed", moved.AddDays(-stoke.Between(1, 10)));
                else if (stoke.Chance(0.5))
                    StokeDocument(moved.AddDays(-stoke.Between(20, 60)), "permanency tracker")?.Set("completed", Clip(moved.AddDays(stoke.Between(5, 30))));
            }
        }

        if (RowsOf("cin_episodes").FirstOrDefault()?.Get("end_reason") is "step down" && end is { } closed)
        {
            var transfer = Add("transfers", new Moment(closed, null)).Set("date", closed).Set("kind", "step down").Set("from_team", TeamOn(closed).Id);
            Prepare(transfer, closed, TeamOn(closed), thorough);
            var panel = closed.AddDays(-stoke.Between(15, 25));
            if (Good(0.75))
                StokeMeeting(panel < start ? start : panel, "SUSD panel", Manager(closed));
            var inOrder = Good(0.7);
            StokeDocument(inOrder ? closed.AddDays(-stoke.Between(8, 12)) : closed.AddDays(-stoke.Between(28, 35)), "request for support");
            StokeMeeting(closed.AddDays(-stoke.Between(3, 6)), "step-down meeting", WorkerOn(closed));
            if (Good(0.75))
                StokeDocument(closed.AddDays(-stoke.Between(1, 3)), "step-down plan");
        }

        var allocatedToCss = Good(0.6);
        if (pathway == Pathway.ChildProtection && stoke.Chance(0.25))
        {
            Add("transfers", new Moment(start, null)).Set("date", start).Set("kind", "transfer in with CP plan").Set("to_team", "CSS");
            if (allocatedToCss)
            {
                Add("allocations", new Moment(start, null)).Set("worker", stoke.Pick(workforce.Stoke.Css.SocialWorkers)).Set("start", start).Set("end", end)
                    .Set("team", "CSS").Set("role", "co-worker").Set("decided_by", workforce.Stoke.Css.Managers[0]);
            }
        }
    }

    /// <summary>What should be on file before a transfer: the checklist authorised, a summary, the chronology, the letters.</summary>
    private void Prepare(GeneratedRow transfer, DateOnly date, GeneratedTeam from, bool thorough)
    {
        DateOnly Earlier() => date.AddDays(-stoke.Between(1, 8)) is var d && d >= start ? d : start;
        if (thorough || stoke.Chance(0.6))
            transfer.Set("signed_off", Earlier()).Set("signed_off_by", stoke.Chance(0.9) ? stoke.Pick(from.Managers) : stoke.Pick(from.CaseHolders));
        if (thorough || stoke.Chance(0.6))
            StokeDocument(Earlier(), "transfer summary");
        if (thorough || stoke.Chance(0.6))
            StokeDocument(Earlier(), "transfer or closure notification");
        if (thorough || stoke.Chance(0.6))
            StokeDocument(Earlier(), "change of worker letter");
        if (thorough || stoke.Chance(0.6))
            StokeDocument(start.AddDays(stoke.Between(0, 10)), "chronology")?.Set("updated", Earlier());
        if (stoke.Chance(0.2))
        {
            transfer.Set("expert_work", true);
            if (Good(0.7))
                StokeNote(Earlier(), "management decision", "expert funding", stoke.Pick(from.Managers));
        }
    }

    // ------------------------------------------------------------------ care leavers

    /// <summary>
    /// Looked-after young people who turn 16, or come into care at 16, become eligible: a needs assessment
    /// within 3 months, a personal adviser from its start, a pathway plan signed by the young person, reviewed 6-monthly.
    /// </summary>
    private void StokeCareLeavers()
    {
        if (RowsOf("cla_episodes").FirstOrDefault(e => (string?)e.Get("legal_status") is not ("V3" or "V4")) is not { } episode)
            return;
        var from = DateOf(episode, "start");
        var until = episode.Get("end") is DateOnly e ? e : asOf;
        var sixteen = dateOfBirth.AddYears(16);
        var eligible = sixteen > from.AddDays(91) ? sixteen : from.AddDays(91);
        if (eligible.AddDays(30) > until)
            return;
        Add("legal_statuses", new Moment(eligible, null)).Set("kind", "eligible").Set("start", eligible).Set("end", episode.Get("end"));
        var begun = eligible.AddDays(stoke.Between(0, 20));
        var completed = Good(0.75) ? begun.AddDays(stoke.Between(20, 60)) : eligible.AddDays(stoke.Between(100, 140));
        Add("assessments", new Moment(completed, null)).Set("kind", "needs assessment").Set("start", begun).Set("completed", Clip(completed)).Set("author", WorkerOn(begun));
        var appointed = Good(0.7) ? begun.AddDays(-stoke.Between(0, 10)) : begun.AddDays(stoke.Between(10, 40));
        if (appointed <= until && appointed <= asOf)
            Add("allocations", new Moment(appointed, null)).Set("worker", stoke.Pick(workforce.Stoke.NextSteps.PersonalAdvisers)).Set("start", appointed)
                .Set("end", episode.Get("end")).Set("team", "Next Steps").Set("role", "personal adviser");

        var plan = completed.AddDays(stoke.Between(0, 15));
        var signs = Good(0.5);
        StokeDocument(plan, "pathway plan")?.Set("signed_by_family", signs ? Clip(plan.AddDays(stoke.Between(0, 10))) : null);
        var reviewed = Good(0.5);
        for (var review = plan.AddDays(reviewed ? stoke.Between(120, 175) : stoke.Between(200, 240)); review <= until && review <= asOf;
             review = review.AddDays(reviewed || stoke.Chance(0.6) ? stoke.Between(120, 175) : stoke.Between(200, 240)))
        {
            StokeMeeting(Weekday(review), "pathway plan review", WorkerOn(review));
            StokeDocument(Weekday(review), "pathway plan")?.Set("signed_by_family", signs || stoke.Chance(0.5) ? Clip(review.AddDays(stoke.Between(0, 10))) : null);
        }
    }

    // ------------------------------------------------------------------ other agencies, the household, referrals

    /// <summary>
    /// Information asked of or shared with other agencies and onward referrals (mostly with consent first),
    /// the household's members (those of 16 and over asked for their own consent), professional meetings,
    /// court documents, referrals on an open case and re-referrals soon after a closure.
    /// </summary>
    private void StokeAgencies()
    {
        var span = Until.DayNumber - start.DayNumber;
        if (span < 20)
            return;
        var consents = Good(0.75);
        for (var n = stoke.Chance(0.4) ? stoke.Between(1, 3) : 0; n > 0; n--)
        {
            var date = Weekday(start.AddDays(stoke.Between(1, span - 1)));
            Add("agency_contacts", new Moment(date, null)).Set("date", date)
                .Set("kind", stoke.Pick(["information request", "information share", "onward referral"])).Set("agency", stoke.Pick(["health", "school", "police", "housing"]))
                .Set("child_protection", stoke.Chance(0.1)).Set("consent", consents || stoke.Chance(0.5) ? date.AddDays(-stoke.Between(1, 20)) : null);
        }

        // Consent to the assessment and to sharing information, mostly given by a parent at the start; a few refused.
        if (stoke.Chance(0.6))
        {
            var asked = start.AddDays(-stoke.Between(0, 3));
            Add("consents", new Moment(asked, null)).Set("date", asked).Set("scope", "assessment").Set("given_by", "parent").Set("refused", stoke.Chance(0.05));
            if (stoke.Chance(0.7))
                Add("consents", new Moment(asked, null)).Set("date", asked).Set("scope", "information sharing").Set("given_by", "parent").Set("refused", stoke.Chance(0.05));
        }

        // Payments: allowances while looked after; some section 17 payments, mostly stopped by the closure.
        if (RowsOf("cla_episodes").FirstOrDefault() is { } looked && stoke.Chance(0.5))
        {
            var from = DateOf(looked, "start");
            Add("payments", new Moment(from, null)).Set("start", from).Set("end", looked.Get("end")).Set("kind", "allowance");
        }
        else if (stoke.Chance(0.15))
        {
            var from = start.AddDays(stoke.Between(5, Math.Max(6, span / 2)));
            DateOnly? stopped = end is { } closed ? Good(0.8) ? closed.AddDays(-stoke.Between(0, 10)) : closed.AddDays(stoke.Between(10, 40)) : null;
            if (from <= asOf && (stopped is null || stopped >= from))
                Add("payments", new Moment(from, null)).Set("start", from).Set("end", stopped is { } s && s <= asOf ? s : null).Set("kind", "section 17");
        }

        var born = dateOfBirth;
        var ownConsent = Good(0.7);
        var members = new List<(string Relationship, DateOnly Born)> { ("mother", born.AddDays(-stoke.Between(18 * 365, 40 * 365))) };
        if (stoke.Chance(0.6))
            members.Add(("father", born.AddDays(-stoke.Between(19 * 365, 45 * 365))));
        for (var n = stoke.Between(0, 2); n > 0; n--)
            members.Add(("sibling", born.AddDays(stoke.Between(-8 * 365, 8 * 365))));
        foreach (var (relationship, memberBorn) in members)
        {
            if (memberBorn > start)
                continue;
            var adult = memberBorn.AddYears(16) <= start;
            var childAssessed = RowsOf("assessments", "child and family").Select(a => a.Get("completed") as DateOnly?).FirstOrDefault(d => d is not null);
            Add("household_members", new Moment(born < memberBorn ? memberBorn : born, null)).Set("relationship", relationship).Set("date_of_birth", memberBorn)
                .Set("joined", born < memberBorn ? memberBorn : born).Set("consent", adult && (ownConsent || stoke.Chance(0.6)) ? start.AddDays(stoke.Between(0, 15)) : null)
                .Set("assessed", relationship == "sibling" && memberBorn.AddYears(18) > start && stoke.Chance(0.7) ? childAssessed : null);
        }

        if (stoke.Chance(0.15))
        {
            var date = Weekday(start.AddDays(stoke.Between(1, span - 1)));
            var kept = Good(0.75);
            StokeMeeting(date, "professional meeting", WorkerOn(date))?
                .Set("minutes_recorded", kept || stoke.Chance(0.5) ? Clip(AddWeekdays(date, stoke.Between(1, 5))) : null)
                .Set("minutes_circulated", kept || stoke.Chance(0.5) ? Clip(AddWeekdays(date, stoke.Between(3, 8))) : null);
        }

        if (RowsOf("cla_episodes").FirstOrDefault() is { } episode && (string?)episode.Get("legal_status") is "C1" or "C2" or "E1")
        {
            var from = DateOf(episode, "start");
            var agreed = Good(0.75);
            foreach (var kind in new[] { "initial statement", "court chronology", "interim care plan", "court report" })
            {
                var made = from.AddDays(stoke.Between(2, 40));
                StokeDocument(made, kind)?.Set("author", WorkerOn(made))
                    .Set("signed_off", Clip(made.AddDays(stoke.Between(0, 3))))
                    .Set("signed_off_by", agreed || stoke.Chance(0.6) ? Manager(made) : WorkerOn(made))
                    .Set("on_template", agreed || stoke.Chance(0.7)).Set("signed", agreed || stoke.Chance(0.7))
                    .Set("due", new Moment(made.AddDays(stoke.Between(10, 20)), new TimeOnly(16, 0)))
                    .Set("sent", new Moment(Clip(made.AddDays(stoke.Between(3, 8))) ?? made, new TimeOnly(stoke.Between(9, 13), 0)));
            }
        }

        // A new referral while the case is open, mostly visited within 24 hours.
        if (stoke.Chance(0.08) && span > 40)
        {
            var date = Weekday(start.AddDays(stoke.Between(20, span - 5)));
            var received = new Moment(date, new TimeOnly(stoke.Between(9, 14), 0));
            Add("referrals", received).Set("received", received).Set("source", stoke.Pick(["police", "schools", "health services"]))
                .Set("outcome", "child and family assessment").Set("open_case", true).Set("concern", "domestic abuse");
            var visited = Good(0.7) ? new Moment(date.AddDays(stoke.Between(0, 1)), new TimeOnly(stoke.Between(9, 13), 0)) : new Moment(date.AddDays(stoke.Between(3, 6)), new TimeOnly(11, 0));
            StokeVisit(visited, "CIN", "new referral");
        }

        // A re-referral within 3 months of a closure: a critical friend discussion with the previous team, mostly.
        if (stoke.Chance(0.07) && RowsOf("referrals").LastOrDefault(r => (string?)r.Get("outcome") != "no further action") is { } referral)
        {
            referral.Set("recent_closure", true);
            var received = DateOf(referral, "received");
            if (Good(0.7))
                StokeNote(AddWeekdays(received, stoke.Between(1, 10)), "critical friend discussion", null, WorkerOn(received));
        }
    }
}
