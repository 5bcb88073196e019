using System.Globalization;
using System.Text;

namespace Directions.Cli.Generation;

/// <summary>
/// Makes up one child's history with children's social care, up to the as-of date: referrals, a
/// CIN episode, a child and family assessment, plans, visits, meetings, case notes, documents and
/// allocations. Most children are children in need only; some have a child protection plan (most
/// then step down to a CIN plan); some become looked after; some are disabled children held by
/// DCSS, open long-term and visited less often under a standing case direction. Timescales are
/// mostly met, with a realistic share missed, late with a recorded rationale, or late without one.
/// Values that should pass or fail a rule keep a margin from its limit, so a bank holiday or a
/// month's length does not change which they do.
/// <para>
/// Records added for Slough's and seed 004's directions (consent forms, the manager's notes on
/// an assessment's timescale and progress, extensions, initial CIN meetings, reflective case
/// supervision, closure records, the Children with Disability Team ...) draw from a second
/// stream, <c>extra</c>, so that adding them left the records drawn from the first as they were.
/// </para>
/// </summary>
internal sealed partial class ChildHistory
{
    /// <summary>The child's tables in the schema's order, with the code that starts their rows' ids.</summary>
    public static readonly (string Table, string Code)[] Tables =
    [
        ("referrals", "R"), ("cin_episodes", "E"), ("assessments", "A"), ("cin_plans", "P"), ("s47_enquiries", "S"),
        ("cp_plans", "CP"), ("cla_episodes", "LA"), ("visits", "V"), ("meetings", "M"), ("case_notes", "N"),
        ("documents", "D"), ("allocations", "AL"), ("placements", "PL"), ("legal_statuses", "LS"), ("missing_episodes", "MI"),
        ("consents", "CO"), ("private_fostering", "PF"), ("transfers", "T"), ("chronology_entries", "CH"), ("agency_contacts", "AC"),
        ("household_members", "H"), ("payments", "PY"),
    ];

    private static readonly string[] Sources = ["police", "schools", "health services", "local authority services", "individual", "other agencies", "anonymous"];
    private static readonly string[] NeedCodes = ["N1", "N1", "N1", "N3", "N4", "N4", "N5", "N5", "N6", "N7", "N8"];
    private static readonly string[] CpCategories = ["neglect", "neglect", "neglect", "emotional abuse", "emotional abuse", "physical abuse", "sexual abuse", "multiple"];

    private readonly Rng rng;
    private readonly Rng extra;
    private readonly Rng stoke;
    private readonly Workforce workforce;
    private readonly DateOnly asOf;
    private readonly Dictionary<string, List<GeneratedRow>> rows = Tables.ToDictionary(t => t.Table, _ => new List<GeneratedRow>());
    private readonly List<(DateOnly From, GeneratedTeam Team, string Worker)> holders = [];

    private DateOnly start;
    private DateOnly? end;
    private DateOnly dateOfBirth;
    private bool disabled;
    private GeneratedTeam? homeTeam;
    private DateOnly referralReceived;
    private DateOnly? s47Start;
    private (DateOnly Assessed, DateOnly PlanStart)? firstPlan;

    private ChildHistory(string id, Rng rng, Rng extra, Rng stoke, Workforce workforce, DateOnly asOf)
    {
        Id = id;
        this.rng = rng;
        this.extra = extra;
        this.stoke = stoke;
        this.workforce = workforce;
        this.asOf = asOf;
    }

    private enum Pathway
    {
        ChildInNeed,
        Disabled,
        ChildProtection,
        LookedAfter,
    }

    public string Id { get; }

    /// <summary>How many records the child has, over all tables.</summary>
    public int RecordCount => rows.Values.Sum(r => r.Count);

    /// <summary>The last day records can fall on: the end of the episode, or the as-of date.</summary>
    private DateOnly Until => end is { } e && e < asOf ? e : asOf;

    public static ChildHistory Make(string id, Rng rng, Rng extra, Rng stoke, Workforce workforce, DateOnly asOf)
    {
        var child = new ChildHistory(id, rng, extra, stoke, workforce, asOf);
        child.Make();
        return child;
    }

    private void Make()
    {
        var roll = rng.NextDouble();
        var pathway = roll < 0.16 ? Pathway.Disabled : roll < 0.32 ? Pathway.ChildProtection : roll < 0.42 ? Pathway.LookedAfter : Pathway.ChildInNeed;
        var daysBack = pathway switch
        {
            Pathway.Disabled => 30 + (int)(1800 * Math.Pow(rng.NextDouble(), 1.1)),
            Pathway.ChildProtection => 45 + (int)(720 * rng.NextDouble()),
            Pathway.LookedAfter => 40 + (int)(1400 * rng.NextDouble()),
            _ => 14 + (int)(700 * Math.Pow(rng.NextDouble(), 1.5)),
        };
        start = Weekday(asOf.AddDays(-daysBack));
        if (pathway == Pathway.ChildInNeed && daysBack > 150 && rng.Chance(0.15))
            end = start.AddDays(rng.Between(120, daysBack - 1));
        else if (pathway == Pathway.Disabled && daysBack > 400 && rng.Chance(0.05))
            end = start.AddDays(rng.Between(365, daysBack - 1));

        // Age at the start of involvement, kept so that the child is under 18 on the as-of date.
        var ageAtStart = pathway is Pathway.ChildProtection or Pathway.LookedAfter ? rng.Between(40, 15 * 365) : rng.Between(180, 16 * 365);
        ageAtStart = Math.Max(20, Math.Min(ageAtStart, (int)(17.7 * 365) - (asOf.DayNumber - start.DayNumber)));
        dateOfBirth = start.AddDays(-ageAtStart);
        disabled = pathway == Pathway.Disabled ? rng.Chance(0.95) : rng.Chance(0.07);

        // The team that takes the referral, and the team that holds the case afterwards.
        var home = rng.Pick(pathway == Pathway.Disabled ? workforce.DcssTeams : workforce.AreaTeams);
        // Some disabled children are held by the Children with Disability Team instead of DCSS.
        if (pathway == Pathway.Disabled && extra.Chance(0.4))
            home = extra.Pick(workforce.ChildrenWithDisabilityTeams);
        homeTeam = home;
        var intake = pathway == Pathway.Disabled ? home : rng.Pick(workforce.FirstAssessmentTeams);
        holders.Add((start, intake, rng.Pick(intake.CaseHolders)));

        Referrals(pathway);
        var completed = Assessment();
        Documents();
        FamilyNetworkMeeting();

        switch (pathway)
        {
            case Pathway.ChildProtection:
                ChildProtection(home);
                break;
            case Pathway.LookedAfter:
                LookedAfter(home, completed);
                break;
            default:
                ChildInNeed(pathway, home, completed);
                break;
        }

        holders.RemoveAll(h => h.From > Until);
        SupervisionNotes();
        Episode(pathway);
        Allocations();
        Consent(pathway);
        AssessmentOversight();
        InitialCinMeeting();
        ReflectiveCaseSupervision();
        Closure();
        StokeRecords(pathway);
    }

    private void Referrals(Pathway pathway)
    {
        if (rng.Chance(0.15))
        {
            var earlier = start.AddDays(-rng.Between(60, 500));
            if (earlier > dateOfBirth)
            {
                var when = At(Weekday(earlier));
                Add("referrals", when).Set("received", when).Set("source", rng.Pick(Sources)).Set("outcome", "no further action");
            }
        }

        var received = At(start.AddDays(-rng.Between(0, 2)), always: true);
        referralReceived = received.Date;
        Add("referrals", received).Set("received", received).Set("source", rng.Pick(Sources))
            .Set("outcome", pathway == Pathway.ChildProtection ? "strategy discussion" : "child and family assessment");
    }

    /// <summary>The child and family assessment: mostly within 20 working days, some late, a few still in progress. Returns when it was completed.</summary>
    private DateOnly? Assessment()
    {
        var roll = rng.NextDouble();
        // Weekdays: 18 stay within 20 working days whatever the bank holidays; 26 stay beyond them.
        var workingDays = roll < 0.80 ? rng.Between(6, 18) : roll < 0.95 ? rng.Between(26, 40) : rng.Between(45, 60);
        DateOnly? completed = AddWeekdays(start, workingDays);
        if (completed > Until)
            completed = null;

        var author = WorkerOn(start);
        var team = TeamOn(start);
        DateOnly? signedOff = null;
        string? signedOffBy = null;
        DateOnly? shared = null;
        if (completed is { } done)
        {
            if (rng.Chance(0.92))
            {
                signedOff = Clip(done.AddDays(rng.Between(0, 4)));
                signedOffBy = signedOff is null ? null : rng.Pick(team.Managers);
                // Slough has the consultant social worker of the unit that takes the case sign it off.
                if (signedOffBy is not null && Consultant() is { } csw && extra.Chance(0.6))
                    signedOffBy = csw;
            }

            if (rng.Chance(0.80))
                shared = Clip(done.AddDays(rng.Between(1, 10)));
            else if (rng.Chance(0.5))
                Note(done.AddDays(rng.Between(0, 5)), "management decision", "sharing with family", rng.Pick(team.Managers), inForce: null);
        }

        // Most assessments going beyond 20 working days have an extension, mostly authorised by a
        // consultant social worker, in force up to 45 working days from the start.
        if (workingDays > 20 && extra.Chance(0.7))
        {
            var written = AddWeekdays(start, extra.Between(14, 18));
            var authorisedBy = Consultant() is { } csw && extra.Chance(0.75) ? csw : extra.Pick(team.Managers);
            Note(written, "case note", "assessment extension", authorisedBy, inForce: (0, AddWeekdays(start, 45).DayNumber - written.DayNumber + 5), extra);
        }

        Add("assessments", new Moment(completed ?? start, null))
            .Set("kind", "child and family").Set("start", start).Set("completed", completed)
            .Set("signed_off", signedOff).Set("signed_off_by", signedOffBy).Set("author", author).Set("shared_with_family", shared);
        return completed;
    }

    /// <summary>Mapping at the referral, genogram and chronology at the beginning (mostly), each shared with the family or not.</summary>
    private void Documents()
    {
        if (rng.Chance(0.90))
        {
            var created = start.AddDays(rng.Between(0, 4));
            DateOnly? shared = null;
            if (rng.Chance(0.75))
                shared = created.AddDays(rng.Between(1, 14));
            else if (rng.Chance(0.5))
                Note(created.AddDays(rng.Between(0, 7)), "case direction", "sharing with family", rng.Pick(TeamOn(created).Managers), inForce: null);
            Document("mapping", created, updated: null, shared);
        }

        foreach (var (kind, share) in new[] { ("genogram", 0.85), ("chronology", 0.87) })
        {
            var roll = rng.NextDouble();
            if (roll >= share)
                continue;
            var created = roll < share - 0.08 ? start.AddDays(rng.Between(3, 40)) : start.AddDays(rng.Between(60, 150));
            DateOnly? updated = null;
            if (kind == "chronology" && rng.Chance(0.55) && created.AddDays(30) < Until)
                updated = created.AddDays(rng.Between(30, Until.DayNumber - created.DayNumber));
            Document(kind, created, updated, rng.Chance(0.4) ? created.AddDays(rng.Between(1, 20)) : null);
        }
    }

    private void Document(string kind, DateOnly created, DateOnly? updated, DateOnly? shared)
    {
        if (created > Until)
            return;
        Add("documents", new Moment(created, null))
            .Set("kind", kind).Set("created", created).Set("updated", Clip(updated)).Set("shared_with_family", Clip(shared));
    }

    /// <summary>A family network meeting: mostly within 12 weeks of involvement starting, some later, some never.</summary>
    private void FamilyNetworkMeeting()
    {
        var roll = rng.NextDouble();
        if (roll >= 0.83)
            return;
        var date = Weekday(start.AddDays(roll < 0.70 ? rng.Between(14, 78) : rng.Between(92, 160)));
        if (date <= Until)
            Meeting(date, "family network meeting", WorkerOn(date));
    }

    private void ChildInNeed(Pathway pathway, GeneratedTeam home, DateOnly? completed)
    {
        var handover = Handover(home, (completed ?? start.AddDays(30)).AddDays(rng.Between(3, 10)));

        // Some children close after the assessment, with no plan.
        if (pathway == Pathway.ChildInNeed && completed is { } done && rng.Chance(0.10) && done.AddDays(12) <= asOf)
        {
            end = done.AddDays(rng.Between(3, 12));
            if (handover > end)
                holders.RemoveAll(h => h.From > end);
            Visits("CIN", start, Until, longTermFrom: null);
            return;
        }

        DateOnly? longTermFrom = null;
        if (pathway == Pathway.Disabled && Until.DayNumber - start.DayNumber >= 365)
            longTermFrom = start.AddDays(rng.Between(300, 365));
        Visits("CIN", start, Until, longTermFrom);

        if (completed is not { } assessed)
            return;
        var planStart = assessed.AddDays(rng.Between(0, 10));
        if (planStart > Until)
            return;
        firstPlan = (assessed, planStart);
        CinPlan(planStart, end);
    }

    private void ChildProtection(GeneratedTeam home)
    {
        var intake = TeamOn(start);
        var strategy = start.AddDays(rng.Between(0, 1));
        s47Start = strategy;
        Meeting(strategy, "strategy discussion", rng.Pick(intake.Managers));

        var icpc = AddWeekdays(strategy, rng.Chance(0.8) ? rng.Between(6, 14) : rng.Between(19, 28));
        var s47Completed = strategy.AddDays(rng.Between(5, 14));
        Add("s47_enquiries", new Moment(strategy, null))
            .Set("start", strategy).Set("completed", Clip(s47Completed)).Set("outcome", "ICPC");

        if (icpc > asOf)
        {
            Visits("CIN", start, Until, longTermFrom: null);
            return;
        }

        Meeting(icpc, "ICPC", Iro());
        Handover(home, icpc.AddDays(rng.Between(3, 10)));

        // Review conferences: 3 months after the ICPC, then 6-monthly; the plan ends at one of them.
        DateOnly? planEnd = null;
        var conference = icpc;
        for (var n = 1; ; n++)
        {
            conference = Weekday(conference.AddDays(n == 1
                ? rng.Chance(0.85) ? rng.Between(80, 88) : rng.Between(96, 110)
                : rng.Chance(0.90) ? rng.Between(170, 178) : rng.Between(190, 210)));
            if (conference > asOf)
                break;
            Meeting(conference, "RCPC", Iro());
            if (rng.Chance(n switch { 1 => 0.35, 2 => 0.5, _ => 0.7 }))
            {
                planEnd = conference;
                break;
            }
        }

        Add("cp_plans", new Moment(icpc, null)).Set("start", icpc).Set("end", planEnd).Set("category", rng.Pick(CpCategories));
        var cpUntil = planEnd ?? asOf;

        // Core groups: within 10 working days of the ICPC, then every 4 to 6 weeks.
        var coreGroup = Weekday(icpc.AddDays(rng.Chance(0.9) ? rng.Between(5, 13) : rng.Between(16, 25)));
        while (coreGroup < cpUntil)
        {
            Meeting(coreGroup, "core group", rng.Chance(0.85) ? WorkerOn(coreGroup) : rng.Pick(TeamOn(coreGroup).Seniors));
            coreGroup = Weekday(coreGroup.AddDays(rng.Chance(0.85) ? rng.Between(28, 42) : rng.Between(45, 60)));
        }

        Visits("CIN", start, icpc.AddDays(-1), longTermFrom: null);
        Visits("CP", icpc, cpUntil, longTermFrom: null);
        if (planEnd is not { } stepDown)
            return;

        // Stepping down: a CIN plan the same day (mostly), a few late, a few with none.
        var roll = rng.NextDouble();
        if (roll >= 0.95)
            return;
        var planStart = roll < 0.88 ? stepDown : stepDown.AddDays(rng.Between(7, 40));
        if (planStart > asOf)
            return;
        if (rng.Chance(0.2) && planStart.AddDays(90) < asOf)
        {
            var closed = planStart.AddDays(rng.Between(90, 250));
            if (closed < asOf)
                end = closed;
        }

        CinPlan(planStart, end);
        Visits("CIN", stepDown.AddDays(1), Until, longTermFrom: null);
    }

    private void LookedAfter(GeneratedTeam home, DateOnly? completed)
    {
        Handover(home, (completed ?? start.AddDays(30)).AddDays(rng.Between(3, 10)));

        // Some children are in need for a while first; others come into care at once.
        var lookedAfterFrom = start.AddDays(rng.Between(0, 7));
        if (rng.Chance(0.45) && completed is { } assessed)
        {
            var later = start.AddDays(rng.Between(40, 300));
            if (later < asOf.AddDays(-20) && later > assessed.AddDays(10))
            {
                lookedAfterFrom = later;
                var planStart = assessed.AddDays(rng.Between(0, 10));
                firstPlan = (assessed, planStart);
                CinPlan(planStart, lookedAfterFrom);
                Visits("CIN", start, lookedAfterFrom.AddDays(-1), longTermFrom: null);
            }
        }

        var legalStatus = lookedAfterFrom <= start.AddDays(7)
            ? rng.Pick(["L1", "V2", "V2", "C1"])
            : rng.Pick(["C2", "C2", "C2", "V2", "V2", "C1", "C1", "E1"]);
        DateOnly? lookedAfterEnd = null;
        if (rng.Chance(0.10))
        {
            var returned = lookedAfterFrom.AddDays(rng.Between(90, 400));
            if (returned < asOf.AddDays(-30))
                lookedAfterEnd = returned;
        }

        Add("cla_episodes", new Moment(lookedAfterFrom, null))
            .Set("start", lookedAfterFrom).Set("end", lookedAfterEnd).Set("legal_status", legalStatus);
        var claUntil = lookedAfterEnd ?? asOf;
        Visits("CLA", lookedAfterFrom, claUntil, longTermFrom: null);

        // Looked-after reviews: within 20 working days, then 3 months later, then 6-monthly.
        var review = Weekday(lookedAfterFrom.AddDays(rng.Chance(0.9) ? rng.Between(14, 26) : rng.Between(31, 45)));
        for (var n = 1; review <= claUntil; n++)
        {
            Meeting(review, "CLA review", Iro());
            review = Weekday(review.AddDays(n == 1
                ? rng.Chance(0.9) ? rng.Between(80, 88) : rng.Between(96, 115)
                : rng.Chance(0.9) ? rng.Between(170, 178) : rng.Between(190, 215)));
        }

        if (lookedAfterEnd is { } returnedHome)
        {
            CinPlan(returnedHome, null);
            Visits("CIN", returnedHome.AddDays(1), asOf, longTermFrom: null);
        }
    }

    /// <summary>A CIN plan, with its CIN reviews and the case directions recorded at its start.</summary>
    private void CinPlan(DateOnly planStart, DateOnly? planEnd)
    {
        Add("cin_plans", new Moment(planStart, null)).Set("start", planStart).Set("end", planEnd);
        var until = planEnd is { } e && e < asOf ? e : asOf;
        var team = TeamOn(planStart);

        // Bristol asks for the rationale for the visiting and review frequencies to be recorded;
        // these notes are in force on the day they were written only, so they excuse no late visit.
        if (rng.Chance(0.70))
            Note(planStart.AddDays(rng.Between(0, 5)), "case direction", "visiting frequency", rng.Pick(team.Managers), inForce: (null, null));
        if (rng.Chance(0.55))
            Note(planStart.AddDays(rng.Between(0, 10)), "case direction", "review frequency", ReviewRationaleAuthor(team, rng.Pick(team.Managers)), inForce: (null, null));

        // CIN reviews: the first within a month of the plan starting, then about every 3 months.
        var roll = rng.NextDouble();
        if (roll >= 0.97)
            return;
        var review = Weekday(planStart.AddDays(roll < 0.85 ? rng.Between(14, 28) : rng.Between(36, 60)));
        while (review <= until)
        {
            Meeting(review, "CIN review", CinReviewChair(review));
            var gap = rng.NextDouble();
            int days;
            if (gap < 0.78)
            {
                days = rng.Between(70, 88);
            }
            else if (gap < 0.90)
            {
                days = rng.Between(96, 125);
                if (rng.Chance(0.5))
                    Note(review.AddDays(rng.Between(20, 60)), "case direction", "review frequency", ReviewRationaleAuthor(TeamOn(review), rng.Pick(TeamOn(review).Managers)), inForce: (0, days + 14));
            }
            else if (gap < 0.97)
            {
                days = rng.Between(130, 175);
            }
            else
            {
                days = rng.Between(190, 230);
            }

            review = Weekday(review.AddDays(days));
        }
    }

    /// <summary>Mostly a qualified worker; sometimes an unqualified family support worker or a student; rarely not recorded.</summary>
    private string? CinReviewChair(DateOnly date)
    {
        var team = TeamOn(date);
        var roll = rng.NextDouble();
        return roll switch
        {
            < 0.52 => WorkerOn(date),
            < 0.74 => rng.Pick(team.Seniors),
            < 0.86 => rng.Pick(team.Managers),
            < 0.93 => rng.Pick(team.SupportWorkers),
            < 0.97 => team.Students.Count > 0 ? rng.Pick(team.Students) : rng.Pick(team.SupportWorkers),
            _ => null,
        };
    }

    /// <summary>
    /// Visits of one kind from <paramref name="from"/> to <paramref name="until"/>. Gaps are mostly
    /// 2 to 4 weeks (CP: 1 to 2 weeks; CLA: up to 6 weeks); some longer with a case direction in
    /// force over the gap; some late with no rationale; a few beyond the maximum. Children open
    /// long-term in DCSS are visited up to 8-weekly under a standing case direction.
    /// </summary>
    private void Visits(string kind, DateOnly from, DateOnly until, DateOnly? longTermFrom)
    {
        if (until < from)
            return;
        var standingDirection = longTermFrom is { } ltf && rng.Chance(0.85);
        if (standingDirection)
        {
            // Renewed every year while the child is open.
            for (var written = longTermFrom!.Value; written <= until; written = written.AddDays(365))
                Note(written, "case direction", "visiting frequency", rng.Pick(TeamOn(written).Managers), inForce: (0, 364));
        }

        var last = (DateOnly?)null;
        var date = from.AddDays(kind switch { "CP" => rng.Between(1, 5), "CLA" => rng.Chance(0.9) ? rng.Between(1, 7) : rng.Between(8, 14), _ => rng.Between(1, 10) });
        while (date <= until)
        {
            var weekday = Weekday(date);
            if (weekday >= from && (last is null || weekday > last))
                date = weekday;

            if (rng.Chance(0.05))
            {
                // No access: the child was not seen; the worker goes back within the week.
                Visit(date, kind, seen: false);
                date = date.AddDays(rng.Between(1, 6));
                if (date > until)
                    break;
            }

            Visit(date, kind, seen: true);
            last = date;
            var longTerm = longTermFrom is { } lt && date >= lt;
            var gap = Gap(kind, longTerm, out var withRationale);
            if (withRationale)
            {
                var written = date.AddDays(rng.Between(3, 20));
                Note(written, "case direction", "visiting frequency", rng.Pick(TeamOn(written).Managers), inForce: (0, gap - (written.DayNumber - date.DayNumber) + rng.Between(0, 14)));
            }

            date = date.AddDays(gap);
        }
    }

    private int Gap(string kind, bool longTerm, out bool withRationale)
    {
        withRationale = false;
        var roll = rng.NextDouble();
        switch (kind)
        {
            case "CP":
                return roll < 0.75 ? rng.Between(7, 14) : roll < 0.90 ? rng.Between(15, 20) : rng.Between(21, 30);
            case "CLA":
                return roll < 0.80 ? rng.Between(28, 42) : roll < 0.92 ? rng.Between(14, 27) : rng.Between(45, 60);
        }

        if (longTerm)
            return roll < 0.75 ? rng.Between(28, 52) : roll < 0.90 ? rng.Between(14, 27) : rng.Between(59, 75);
        if (roll < 0.80)
            return rng.Between(10, 27);
        if (roll < 0.90)
        {
            withRationale = true;
            return rng.Between(31, 40);
        }

        if (roll < 0.96)
            return rng.Between(31, 40);
        withRationale = rng.Chance(0.5);
        return rng.Between(45, 60);
    }

    private void Visit(DateOnly date, string kind, bool seen)
    {
        var when = At(date);
        var age = (date.DayNumber - dateOfBirth.DayNumber) / 365;
        var alone = seen && rng.Chance(age >= 5 ? kind == "CIN" ? 0.55 : 0.7 : 0.1);
        var team = TeamOn(date);
        var worker = rng.NextDouble() switch
        {
            < 0.90 => WorkerOn(date),
            < 0.96 => rng.Pick(team.CaseHolders),
            _ => rng.Pick(team.SupportWorkers),
        };
        Add("visits", when).Set("date", when).Set("kind", kind).Set("child_seen", seen).Set("child_seen_alone", alone).Set("worker", worker);
    }

    private void SupervisionNotes()
    {
        for (var date = start.AddDays(rng.Between(14, 40)); date <= Until; date = date.AddDays(rng.Between(42, 84)))
        {
            // In the Children with Disability Team, some supervision notes record why the CIN
            // reviews are as frequent as they are (seed 004).
            var team = TeamOn(date);
            var topic = team.ServiceArea == Workforce.ChildrenWithDisability && extra.Chance(0.3) ? "review frequency" : null;
            Note(date, "supervision", topic, rng.Pick(team.Managers), inForce: null);
        }
    }

    /// <summary>The consultant social worker of the team that holds (or will hold) the case, if it has one.</summary>
    private string? Consultant() => homeTeam?.Consultant;

    /// <summary>For disabled children in a team with a consultant social worker, mostly the consultant sets the review frequency (Slough).</summary>
    private string ReviewRationaleAuthor(GeneratedTeam team, string manager) =>
        disabled && team.Consultant is { } csw && extra.Chance(0.65) ? csw : manager;

    /// <summary>
    /// Consent to the assessment: mostly a signed form from the referral on; late for some; for some
    /// a note of why consent was not sought (most often under section 47); none for a few. Young
    /// people aged 16 or over mostly sign their own. Parents are mostly told when a section 47
    /// enquiry starts. Most families are given the complaints information early on.
    /// </summary>
    private void Consent(Pathway pathway)
    {
        var roll = extra.NextDouble();
        var (onTime, late, notSought) = pathway == Pathway.ChildProtection ? (0.40, 0.45, 0.90) : (0.80, 0.89, 0.94);
        if (roll < onTime)
            Document("consent form", referralReceived.AddDays(extra.Between(0, start.DayNumber - referralReceived.DayNumber)), updated: null, shared: null);
        else if (roll < late)
            Document("consent form", start.AddDays(extra.Between(3, 20)), updated: null, shared: null);
        else if (roll < notSought)
            Note(start.AddDays(extra.Between(0, 3)), "case note", "consent not sought", extra.Pick(TeamOn(start).Managers), inForce: null, extra);

        var sixteen = dateOfBirth.AddYears(16);
        if (sixteen <= Until && extra.Chance(0.7))
        {
            var from = sixteen > start ? sixteen : start;
            Document("young person consent form", from.AddDays(extra.Between(0, 20)), updated: null, shared: null);
        }

        if (s47Start is { } s47)
        {
            var told = extra.NextDouble();
            if (told < 0.82)
                Note(s47.AddDays(extra.Between(0, 1)), "case note", "parents informed of s47", WorkerOn(s47), inForce: null, extra);
            else if (told < 0.90)
                Note(s47.AddDays(extra.Between(5, 15)), "case note", "parents informed of s47", WorkerOn(s47), inForce: null, extra);
        }

        if (extra.Chance(0.8))
        {
            var given = start.AddDays(extra.Between(0, 20));
            Note(given, "complaints information", null, WorkerOn(given), inForce: null, extra);
        }
    }

    /// <summary>The manager's timescale for the assessment, mostly set by its start, and the progress review, mostly within 10 working days.</summary>
    private void AssessmentOversight()
    {
        var team = TeamOn(start);
        var roll = extra.NextDouble();
        var setter = Consultant() is { } csw && extra.Chance(0.25) ? csw : extra.Pick(team.Managers);
        if (roll < 0.75)
            Note(referralReceived.AddDays(extra.Between(0, start.DayNumber - referralReceived.DayNumber)), "case note", "assessment timescale", setter, inForce: null, extra);
        else if (roll < 0.87)
            Note(AddWeekdays(start, extra.Between(2, 8)), "case note", "assessment timescale", setter, inForce: null, extra);

        roll = extra.NextDouble();
        var reviewer = extra.Pick(team.Managers);
        if (roll < 0.72)
            Note(AddWeekdays(start, extra.Between(3, 8)), "case note", "assessment progress review", reviewer, inForce: null, extra);
        else if (roll < 0.86)
            Note(AddWeekdays(start, extra.Between(13, 22)), "case note", "assessment progress review", reviewer, inForce: null, extra);
    }

    /// <summary>The initial CIN meeting the first CIN plan comes from: mostly the day the plan starts, some late (after the plan), some never; mostly chaired by the social worker.</summary>
    private void InitialCinMeeting()
    {
        if (firstPlan is not { } plan)
            return;
        var roll = extra.NextDouble();
        DateOnly date;
        if (roll < 0.82)
            date = Weekday(plan.PlanStart);
        else if (roll < 0.92)
            date = AddWeekdays(plan.Assessed, extra.Between(14, 25));
        else
            return;
        if (date > Until)
            return;
        var team = TeamOn(date);
        var chair = extra.NextDouble() switch
        {
            < 0.75 => WorkerOn(date),
            < 0.85 => extra.Pick(team.Seniors),
            < 0.92 => extra.Pick(team.Managers),
            _ => extra.Pick(team.SupportWorkers),
        };
        Meeting(date, "initial CIN meeting", chair, extra);
    }

    /// <summary>Cases open nine months or more: mostly a reflective case supervision between 9 and 10 months, some later, some never.</summary>
    private void ReflectiveCaseSupervision()
    {
        var nineMonths = start.AddMonths(9);
        if (nineMonths > Until)
            return;
        var roll = extra.NextDouble();
        DateOnly date;
        if (roll < 0.70)
            date = Weekday(nineMonths.AddDays(extra.Between(0, 30)));
        else if (roll < 0.85)
            date = Weekday(nineMonths.AddDays(extra.Between(60, 200)));
        else
            return;
        if (date > Until || date < start)
            return;
        Meeting(date, "reflective case supervision", extra.Pick(TeamOn(date).Managers), extra);
    }

    /// <summary>At closure: mostly a case summary, a closure record, and the child's and the parents' views, each in the last fortnight.</summary>
    private void Closure()
    {
        if (end is not { } closed || closed > asOf)
            return;
        DateOnly Before() => closed.AddDays(-extra.Between(1, 14)) is var d && d >= start ? d : start;
        if (extra.Chance(0.80))
            Document("case summary", Before(), updated: null, shared: null);
        if (extra.Chance(0.85))
        {
            var d = Before();
            Note(d, "closure", null, WorkerOn(d), inForce: null, extra);
        }

        if (extra.Chance(0.65))
        {
            var d = Before();
            Note(d, "views of child", null, WorkerOn(d), inForce: null, extra);
        }

        if (extra.Chance(0.75))
        {
            var d = Before();
            Note(d, "views of parents", null, WorkerOn(d), inForce: null, extra);
        }
    }

    private void Episode(Pathway pathway)
    {
        var team = TeamOn(Until);
        var reason = pathway switch
        {
            Pathway.Disabled => "N2",
            Pathway.ChildProtection => rng.Chance(0.8) ? "N1" : "N5",
            _ => rng.Pick(NeedCodes),
        };
        Add("cin_episodes", new Moment(start, null))
            .Set("start", start).Set("end", end).Set("team", team.Id).Set("service_area", team.ServiceArea).Set("reason", reason);
    }

    private void Allocations()
    {
        for (var i = 0; i < holders.Count; i++)
        {
            var (from, team, worker) = holders[i];
            DateOnly? to = i + 1 < holders.Count ? holders[i + 1].From.AddDays(-1) : end;
            Add("allocations", new Moment(from, null)).Set("worker", worker).Set("start", from).Set("end", to).Set("team", team.Id);
        }
    }

    /// <summary>Passes the case from the intake team to the team that holds it; sometimes the worker changes later.</summary>
    private DateOnly Handover(GeneratedTeam home, DateOnly date)
    {
        if (holders[^1].Team != home && date <= Until)
            holders.Add((date, home, rng.Pick(home.CaseHolders)));
        var last = holders[^1].From;
        if (rng.Chance(0.2) && last.AddDays(61) < Until)
        {
            var change = last.AddDays(rng.Between(60, Until.DayNumber - last.DayNumber - 1));
            holders.Add((change, home, rng.Pick(home.CaseHolders)));
        }

        return date;
    }

    private void Meeting(DateOnly date, string kind, string? chair, Rng? draw = null)
    {
        var when = At(date, draw: draw);
        Add("meetings", when).Set("date", when).Set("kind", kind).Set("chair", chair);
    }

    /// <summary>A case note; <paramref name="inForce"/> gives applies_from and applies_until as days after it was written (null and null: the day itself).</summary>
    private void Note(DateOnly date, string kind, string? topic, string author, (int? From, int? Until)? inForce, Rng? draw = null)
    {
        if (date > asOf || date > Until)
            return;
        var when = At(date, draw: draw);
        DateOnly? from = inForce is { } f ? date.AddDays(f.From ?? 0) : null;
        DateOnly? until = inForce is { } u ? date.AddDays(u.Until ?? u.From ?? 0) : null;
        Add("case_notes", when).Set("date", when).Set("kind", kind).Set("topic", topic).Set("author", author)
            .Set("applies_from", from).Set("applies_until", until);
    }

    private string Iro() => rng.Pick(rng.Pick(workforce.ReviewingTeams).Iros);

    private GeneratedRow Add(string table, Moment when)
    {
        var row = new GeneratedRow(when);
        rows[table].Add(row);
        return row;
    }

    /// <summary>A date, mostly with a time of day, drawn from <paramref name="draw"/> (the first stream if not given).</summary>
    private Moment At(DateOnly date, bool always = false, Rng? draw = null)
    {
        var r = draw ?? rng;
        return new(date, always || r.Chance(0.65) ? new TimeOnly(r.Between(9, 17), r.Between(0, 3) * 15) : null);
    }

    private DateOnly? Clip(DateOnly? date) => date is { } d && d <= Until ? d : null;

    private string WorkerOn(DateOnly date) => HolderOn(date).Worker;

    private GeneratedTeam TeamOn(DateOnly date) => HolderOn(date).Team;

    private (DateOnly From, GeneratedTeam Team, string Worker) HolderOn(DateOnly date)
    {
        var holder = holders[0];
        foreach (var h in holders)
        {
            if (h.From <= date)
                holder = h;
        }

        return holder;
    }

    private static DateOnly Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(-2),
        _ => date,
    };

    private static DateOnly AddWeekdays(DateOnly date, int weekdays)
    {
        while (weekdays > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                weekdays--;
        }

        return date;
    }

    /// <summary>Writes the child as one JSON object, its rows in date order with ids such as C0042-V3.</summary>
    public void Write(StringBuilder output, string indent)
    {
        var team = TeamOn(Until);
        output.Append(indent).Append("{\n").Append(indent).Append("  ");
        var fields = new List<(string, object)> { ("id", Id), ("date_of_birth", dateOfBirth), ("disabled", disabled), ("team", team.Id), ("service_area", team.ServiceArea) };
        if (parentalMentalHealth is { } mentalHealth)
            fields.Add(("parental_mental_health", mentalHealth));
        if (interpreterNeeded is { } interpreter)
            fields.Add(("interpreter_needed", interpreter));
        if (higherEducation is { } higher)
            fields.Add(("higher_education", higher));
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                output.Append(", ");
            GeneratedRow.WriteString(output, fields[i].Item1);
            output.Append(": ");
            var value = fields[i].Item2;
            if (value is string s)
                GeneratedRow.WriteString(output, s);
            else if (value is bool b)
                output.Append(b ? "true" : "false");
            else
                GeneratedRow.WriteString(output, ((DateOnly)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        foreach (var (table, code) in Tables)
        {
            var tableRows = rows[table];
            if (tableRows.Count == 0)
                continue;
            output.Append(",\n").Append(indent).Append("  ");
            GeneratedRow.WriteString(output, table);
            output.Append(": [\n");
            var ordered = tableRows.Select((row, index) => (row, index)).OrderBy(p => p.row.When).ThenBy(p => p.index).Select(p => p.row).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                output.Append(indent).Append("    ");
                var id = Id + "-" + code + (i + 1).ToString(CultureInfo.InvariantCulture);
                GeneratedRow.WriteObject(output, [("id", id), .. ordered[i].Fields]);
                output.Append(i + 1 < ordered.Count ? ",\n" : "\n");
            }

            output.Append(indent).Append("  ]");
        }

        output.Append('\n').Append(indent).Append('}');
    }
}
