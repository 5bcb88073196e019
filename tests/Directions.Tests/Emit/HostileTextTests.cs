using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Directions.Compiler;
using Directions.Compiler.Binding;
using Directions.Compiler.Emit;
using Directions.Compiler.Lowering;
using Directions.Compiler.Syntax;
using Directions.Runtime.CaseData;
using Directions.Runtime.Evaluation;
using Directions.Runtime.Loading;
using Directions.Runtime.Rules;
using NodaTime;

namespace Directions.Tests.Emit;

/// <summary>
/// Text from a direction never becomes code. A direction and vocabulary whose names, quotes, citations,
/// id, file path and vocabulary values are hostile (quotes, <c>"; System.IO.File.Delete("x"); //</c>,
/// <c>*/</c>, <c>\u0022</c>, <c>#line 1 "evil"</c>, and, set on the plan, line breaks of every kind) compile;
/// the spec carries exactly those strings as data; the assembly calls exactly what the benign twin's calls;
/// and on the same case data the findings are the benign twin's.
/// </summary>
[Collection(EmitCollection.Name)]
public sealed class HostileTextTests(EmitFixture fixture)
{
    private const string Injection = "\"; System.IO.File.Delete(\"x\"); //";

    private sealed record Texts(
        string Title, string Id, string Issuer, string Source, string Area, string Rule1, string Rule2, string Citation1, string Citation2,
        string Quote, string Event, string VisitKind, string Record, string NoteKind, string Cohort, string CohortArea, string Path);

    private static readonly Texts Benign = new(
        "Visiting", "visiting", "Test Council", "policy.docx", "Area Social Work Units", "CIN visits", "CIN reviews chaired", "S000-07", "S000-17",
        "Children in need should be visited at least 4 weekly.", "CIN visit", "CIN", "rationale", "case direction", "long-term DCSS", "DCSS", "visiting.pd");

    private static readonly Texts Hostile = new(
        "Title \" with a quote", Injection, "*/ } } class Evil { /*", "\\u0022", "#line 1 \"evil\"", "Rule " + Injection, "Rule */ #line 1 \"evil.cs\"",
        "\\u0022); System.Environment.Exit(1); //", "#pragma warning disable\n".TrimEnd(), "Quote \"\"\" raw */ /* \\\" \\u0022 {0} {{", "visit \" */ //", Injection,
        "rationale \\ #line default", "#line 1 \"evil\"", "cohort \" \\u0022 */", "DCSS\"; } //", "hostile/evil\"name*/ #line.pd");

    [Fact]
    public void Hostile_text_compiles_and_stays_data()
    {
        var hostile = Build(Hostile);
        var spec = RuleAssemblyLoader.Load(hostile.Assembly!, hostile.Pdb).Build();

        Assert.Equal(Hostile.Title, spec.Manifest.Title);
        Assert.Equal(Hostile.Id, spec.Manifest.Id);
        Assert.Equal(Hostile.Issuer, spec.Manifest.IssuedBy);
        Assert.Equal(Hostile.Source, spec.Manifest.SourceDocument);
        Assert.Equal([Hostile.Area], spec.Manifest.ServiceAreas.ToArray());
        Assert.Equal(Hostile.Path, spec.Manifest.SourceFile);
        Assert.Equal([Hostile.Rule1, Hostile.Rule2], spec.Rules.Select(r => r.Name));
        Assert.Equal([Hostile.Citation1, Hostile.Citation2], spec.Rules[0].Citations.ToArray());
        Assert.Equal(Hostile.Quote, spec.Rules[0].Quote);
        Assert.Equal(Hostile.Event, spec.Rules[0].Requirements[0].What);
        Assert.Equal(Hostile.Cohort, spec.Rules[0].Requirements[0].Exceptions.Single().Cohort);
        Assert.Equal(hostile.Source.Plan.Manifest.Sources.ToArray(), spec.Manifest.Sources.ToArray());
        Assert.Contains(spec.Manifest.Sources, s => s.Text.Contains(Q(Injection), StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_text_gives_the_same_findings_and_the_same_code_as_benign_text()
    {
        var benign = Build(Benign);
        var hostile = Build(Hostile);

        var benignFindings = Evaluate(benign, Benign);
        var hostileFindings = Evaluate(hostile, Hostile);

        Assert.Contains(benignFindings, f => f.Status == FindingStatus.Breached);
        Assert.Contains(benignFindings, f => f.Status == FindingStatus.Due);
        Assert.DoesNotContain(benignFindings.SelectMany(f => f.Evidence), e => e.RecordId is "V6" or "V6-decoy");
        Assert.DoesNotContain(hostileFindings.SelectMany(f => f.Evidence), e => e.RecordId is "V6" or "V6-decoy");
        Assert.Equal(benignFindings.Select(Outcome), hostileFindings.Select(Outcome));
        Assert.Equal(References(benign.Assembly!), References(hostile.Assembly!));
        Assert.DoesNotContain(References(hostile.Assembly!), r => r is "System.IO.File" or "System.Environment" or "Delete" or "Exit");
    }

    [Fact]
    public void Line_breaks_and_control_characters_set_on_the_plan_stay_data()
    {
        const string nasty = "one\ntwo\r\nthree\rfour\u2028five\u2029six\u0085seven\0eight\ttab \\ \" */ #line 1 \"x\"\n#error stop";
        var plan = Rewrite(fixture.Bristol, text => text + " " + nasty);
        var compiled = RuleAssemblyCompiler.Compile(CSharpEmitter.Emit(plan));
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));

        var spec = RuleAssemblyLoader.Load(compiled.Assembly!).Build();

        Assert.Equal(plan.Rules.Select(r => r.Name), spec.Rules.Select(r => r.Name));
        Assert.Equal(plan.Rules.SelectMany(r => r.Citations), spec.Rules.SelectMany(r => r.Citations));
        Assert.Equal(plan.Rules.Select(r => r.Quote), spec.Rules.Select(r => r.Quote));
        Assert.Equal(plan.Rules.SelectMany(r => r.Requirements).Select(q => q.What), spec.Rules.SelectMany(r => r.Requirements).Select(q => q.What));
        Assert.All(spec.Rules, r => Assert.EndsWith(nasty, r.Name, StringComparison.Ordinal));

        // The rewritten kinds are exact: a visit of kind "CIN <nasty>" counts, one of kind "CIN" no longer does.
        var visitKind = "CIN " + nasty;
        var child = new Child
        {
            Id = "C1",
            CinEpisodes = [new CinEpisode("E1", new LocalDate(2024, 1, 1), null, null, null, null)],
            Visits = [new Visit("V1", new LocalDate(2024, 1, 10), visitKind, true, false, null), new Visit("V2", new LocalDate(2024, 1, 12), "CIN", true, false, null)],
        };
        var visits = spec.Rules.Single(r => r.Name.StartsWith("CIN visits", StringComparison.Ordinal)).Requirements[0].Subject(new CaseContext(child, new Caseload(), new LocalDate(2024, 2, 1)));
        Assert.Equal("V1", Assert.Single(visits).RecordId);
    }

    [Fact]
    public void Sanitised_identifiers_hold_only_safe_characters_and_stay_distinct()
    {
        var table = new IdentifierTable();

        var names = new[] { Injection, "*/", "", "1 rule", "CIN visits", "CIN-visits", "CIN visits", "é", "#line 1 \"evil\"" }
            .Select(text => table.Add("Rule", text))
            .ToList();

        Assert.All(names, n => Assert.Matches("^Rule(_[A-Za-z0-9_]*[A-Za-z0-9])?$", n));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["Rule_System_IO_File_Delete_x", "Rule", "Rule_2", "Rule_1_rule", "Rule_CIN_visits", "Rule_CIN_visits_2", "Rule_CIN_visits_3", "Rule_3", "Rule_line_1_evil"], names);
    }

    private RuleAssemblyResult Build(Texts t)
    {
        var compilation = DirectionCompilation.Create([SyntaxTree.Parse(Direction(t), t.Path), SyntaxTree.Parse(Vocabulary(t), "hostile/vocabulary.pd")]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        var plan = RulePlanner.Plan(compilation).Single();
        var compiled = RuleAssemblyCompiler.Compile(CSharpEmitter.Emit(plan));
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        return compiled;
    }

    private static string Q(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Direction(Texts t) => $"""
        direction {Q(t.Title)}
          id {Q(t.Id)}, issued by {Q(t.Issuer)}
          version 1, effective from 2021-09-01
          source {Q(t.Source)}
          service areas {Q(t.Area)}

        rule {Q(t.Rule1)}
          cites {Q(t.Citation1)}, {Q(t.Citation2)}
          quote {Q(t.Quote)}
          {Q(t.Event)} every 4 weeks unless recorded {Q(t.Record)}, max 6
          except {Q(t.Cohort)}: max 8 weeks

        rule {Q(t.Rule2)}
          cites {Q(t.Citation2)}
          CIN review chaired by qualified social worker

        """;

    private static string Vocabulary(Texts t) => $"""
        vocabulary "Hostile test vocabulary"
        subject "child in need" means cin_episodes
        event {Q(t.Event)} means visits where kind is {Q(t.VisitKind)} and child_seen
        event "CIN review" means meetings where kind is {Q(t.VisitKind)}
        record {Q(t.Record)} means case_notes where kind is {Q(t.NoteKind)}
        cohort {Q(t.Cohort)} means service_area is {Q(t.CohortArea)} and open_for at least 12 months
        role "qualified social worker" means qualified
        action "chaired" means chair

        """;

    /// <summary>Children whose records use the texts' vocabulary values: visits on time, late, excused by a note, in the cohort; and decoys whose kind is almost right.</summary>
    private static IReadOnlyList<Finding> Evaluate(RuleAssemblyResult compiled, Texts t)
    {
        var start = new LocalDate(2023, 1, 2);
        Visit V(string id, int day, string? kind = null) => new(id, start.PlusDays(day), kind ?? t.VisitKind, true, false, "W1");
        var children = new[]
        {
            new Child { Id = "on-time", CinEpisodes = [new("E1", start, null, null, null, null)], Visits = [V("V1", 20), V("V2", 45), V("V3", 70)] },
            new Child { Id = "late", CinEpisodes = [new("E2", start, null, null, null, null)], Visits = [V("V4", 20), V("V5", 80), V("V6", 81, t.VisitKind + "x"), V("V6-decoy", 82, " " + t.VisitKind + "x")] },
            new Child
            {
                Id = "excused", CinEpisodes = [new("E3", start, null, null, null, null)], Visits = [V("V7", 20), V("V8", 55), V("V9", 75)],
                CaseNotes = [new CaseNote("N1", start.PlusDays(21), t.NoteKind, null, "W1", null, null), new CaseNote("N2", start.PlusDays(21), t.NoteKind + "!", null, "W1", null, null)],
                Meetings = [new Meeting("M1", start.PlusDays(30), t.VisitKind, "W1"), new Meeting("M2", start.PlusDays(60), t.VisitKind, "W2")],
            },
            new Child
            {
                Id = "cohort", ServiceArea = t.CohortArea, CinEpisodes = [new("E4", start.PlusDays(-400), null, null, null, null)],
                Visits = [V("V10", 20), V("V11", 70), V("V12", 75)],
            },
        };
        var caseload = new Caseload
        {
            Workers = [new Worker("W1", "social worker", true, true, null), new Worker("W2", "family support worker", false, false, null)],
            Children = [.. children],
        };
        var spec = RuleAssemblyLoader.Load(compiled.Assembly!).Build();
        return new RuleEvaluator([spec]).Evaluate(caseload, start.PlusDays(90));
    }

    private static string Outcome(Finding f) =>
        $"{f.ChildId} {f.Status} {f.OverdueSince} {f.DaysOverdue} {f.NextDue} [{string.Join(",", f.Evidence.Select(e => $"{e.RecordId}@{e.Date}"))}] " +
        $"[{string.Join(",", f.Breaches.Select(b => $"{b.From}-{b.To}:{b.Days}/{b.AllowedDays}"))}]";

    /// <summary>The types and members the assembly's code refers to: what it can do.</summary>
    private static List<string> References(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var reader = pe.GetMetadataReader();
        var types = reader.TypeReferences.Select(h => reader.GetTypeReference(h)).Select(t => reader.GetString(t.Namespace) + "." + reader.GetString(t.Name));
        var members = reader.MemberReferences.Select(h => reader.GetString(reader.GetMemberReference(h).Name));
        return [.. types.Concat(members).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The plan with every name, quote, citation, what and vocabulary text value rewritten.</summary>
    private static DirectionPlan Rewrite(DirectionPlan plan, Func<string, string> f)
    {
        BoundCondition? C(BoundCondition? c) => c switch
        {
            BoundComparisonCondition { Value: string text } comparison => comparison with { Value = f(text) },
            BoundBinaryCondition binary => binary with { Left = C(binary.Left)!, Right = C(binary.Right)! },
            BoundNotCondition not => not with { Operand = C(not.Operand)! },
            _ => c,
        };
        SelectorPlan S(SelectorPlan s) => s with { What = f(s.What), Condition = C(s.Condition) };
        ConditionPlan P(ConditionPlan p) => new(f(p.Name), C(p.Condition)!);
        return plan with
        {
            Manifest = plan.Manifest with { Title = f(plan.Manifest.Title), IssuedBy = f(plan.Manifest.IssuedBy ?? ""), ServiceAreas = [.. plan.Manifest.ServiceAreas.Select(f)] },
            Rules = [.. plan.Rules.Select(r => r with
            {
                Name = f(r.Name),
                Citations = [.. r.Citations.Select(f)],
                Quote = r.Quote is null ? null : f(r.Quote),
                SubjectPeriods = r.SubjectPeriods is null ? null : r.SubjectPeriods with { What = f(r.SubjectPeriods.What), Condition = C(r.SubjectPeriods.Condition) },
                AppliesTo = [.. r.AppliesTo.Select(P)],
                Requirements = [.. r.Requirements.Select(q => q with
                {
                    Text = f(q.Text),
                    What = f(q.What),
                    Subject = S(q.Subject),
                    Trigger = q.Trigger is null ? null : S(q.Trigger),
                    Rationale = q.Rationale is null ? null : q.Rationale with { What = f(q.Rationale.What), Condition = C(q.Rationale.Condition) },
                    Action = q.Action is null ? null : f(q.Action),
                    Exceptions = [.. q.Exceptions.Select(e => e with { Cohort = P(e.Cohort) })],
                    Roles = [.. q.Roles.Select(o => o with { Action = f(o.Action), Role = P(o.Role), Records = S(o.Records) })],
                    Timing = q.Timing switch
                    {
                        DeadlinePlan d => d with { Anchor = d.Anchor is null ? null : S(d.Anchor) },
                        BeforePlan b => b with { Anchor = S(b.Anchor) },
                        var other => other,
                    },
                })],
            })],
        };
    }
}
