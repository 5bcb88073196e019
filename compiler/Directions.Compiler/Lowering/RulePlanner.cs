using System.Collections.Immutable;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Directions.Compiler.Binding;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;
using Directions.Runtime.Rules;
using NodaTime;

namespace Directions.Compiler.Lowering;

/// <summary>
/// Lowers bound directions to plans: which table rows each term selects and by which date, which
/// periods a rule watches, which records excuse a longer gap. The interpreter and the emitter both
/// start from these plans, so compiled and interpreted rules mean the same thing.
/// </summary>
public static class RulePlanner
{
    /// <summary>The compiler's version, recorded in every manifest.</summary>
    public static string CompilerVersion { get; } =
        typeof(RulePlanner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Plans every direction of a compilation that has no errors; returns none when it has errors.</summary>
    public static ImmutableArray<DirectionPlan> Plan(DirectionCompilation compilation)
    {
        if (compilation.GetDiagnostics().Any(d => d.IsError))
            return [];
        var vocabularyTrees = compilation.SyntaxTrees.Where(t => t.Root.Members.OfType<VocabularyDeclarationSyntax>().Any()).ToList();
        return [.. compilation.Directions.Select(d => Plan(d, compilation.Vocabulary, vocabularyTrees))];
    }

    /// <summary>Plans one direction.</summary>
    public static DirectionPlan Plan(DirectionSymbol direction, VocabularySymbol vocabulary, IReadOnlyList<SyntaxTree> vocabularyTrees)
    {
        var sources = new[] { direction.Syntax.SyntaxTree }.Concat(vocabularyTrees.Where(t => t != direction.Syntax.SyntaxTree))
            .Select(t => new SourceFileInfo(NormalizePath(t.FilePath), Sha256(t.Text.ToString()), t.Text.ToString()))
            .ToImmutableArray();
        var from = direction.EffectiveFrom ?? DateOnly.MinValue;
        var manifest = new DirectionManifest(
            direction.Id, direction.Title, direction.IssuedBy, direction.Version ?? "unversioned",
            new LocalDate(from.Year, from.Month, from.Day),
            direction.EffectiveUntil is { } until ? new LocalDate(until.Year, until.Month, until.Day) : null,
            direction.SupersedesId, direction.SupersedesVersion, direction.Source, NormalizePath(direction.FilePath), CompilerVersion)
        {
            ServiceAreas = direction.ServiceAreas,
            Sources = sources,
        };

        var defaultSubject = vocabulary.Terms.FirstOrDefault(t => t.Kind == TermKind.Subject);
        // An overridden rule stays in the direction for the record, but another rule's limit is enforced instead.
        return new DirectionPlan(manifest, [.. direction.Rules.Where(r => !r.IsOverridden).Select(r => PlanRule(r, defaultSubject))]);
    }

    /// <summary>Forward slashes, so a manifest is the same on every machine.</summary>
    public static string NormalizePath(string path) => path.Replace('\\', '/');

    /// <summary>Lower-case hex SHA-256 of a text's UTF-8 bytes.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static RulePlan PlanRule(RuleSymbol rule, TermSymbol? defaultSubject)
    {
        var subject = rule.AppliesTo.Select(a => a.Term).FirstOrDefault(t => t.Kind == TermKind.Subject) ?? defaultSubject;
        var periods = subject?.Table is { HasPeriod: true } table
            ? new PeriodPlan(table.Name, subject.Condition, table.StartField!, table.EndField!, subject.Name)
            : null;
        var cohorts = rule.AppliesTo.Where(a => a.Term.Kind == TermKind.Cohort && a.Term.Condition is not null)
            .Select(a => new ConditionPlan(a.Term.Name, a.Term.Condition!)).ToImmutableArray();
        return new RulePlan(rule.Name, rule.Line, rule.Citations, rule.Quote, periods, cohorts, [.. rule.Requirements.Select(PlanRequirement)]);
    }

    private static RequirementPlan PlanRequirement(BoundRequirement requirement)
    {
        var subject = Selector(requirement.Subject);
        var action = requirement.Subject.Action;
        if (action?.Field is { } actionField && requirement.Subject.Term.Table?.FindField(actionField.Name) is not null)
            subject = subject with { ActionField = actionField.Name };
        else
            action = null;

        var actionDeadline = requirement.Timing as BoundActionDeadline;
        if (actionDeadline?.BeforeAction?.Field is { } dueField)
            subject = subject with { DateField = dueField.Name }; // each record is dated by the field its action must come before

        var timing = requirement.Timing switch
        {
            BoundCadence cadence => new CadencePlan(cadence.Interval),
            BoundDeadline deadline => new DeadlinePlan(deadline.Within, deadline.Anchor is null ? null : Selector(deadline.Anchor, actionDated: true), deadline.ThenEvery),
            BoundBefore before => (TimingPlan)new BeforePlan(Selector(before.Anchor, actionDated: true)) { LeadTime = before.LeadTime, Window = before.Window, Each = before.Each },
            _ => null,
        };

        var line = requirement.Syntax.Location.Start.Line + 1;
        return new RequirementPlan(SyntaxLocations.Text(requirement.Syntax), line, subject.What, subject)
        {
            Timing = timing,
            Rationale = requirement.Rationale is null ? null : Record(requirement.Rationale.Term),
            Maximum = requirement.Maximum,
            Trigger = requirement.Trigger is null ? null : Selector(requirement.Trigger),
            Action = action?.Name,
            CheckExistence = timing is null && action is null && (requirement.MustBeRecorded || requirement.RoleConstraints.IsEmpty),
            ActionWithin = actionDeadline?.Within,
            ActionBefore = actionDeadline?.BeforeAction is null ? null : actionDeadline.LeadTime ?? new Binding.Duration(0, TimeUnit.Days),
            Exceptions = [.. requirement.CohortExceptions.Where(e => e.Cohort.Term.Condition is not null).Select(e => new ExceptionPlan(
                new ConditionPlan(e.Cohort.Term.Name, e.Cohort.Term.Condition!),
                e.Timing switch { BoundCadence c => c.Interval, BoundDeadline d => d.ThenEvery ?? d.Within, _ => null },
                e.Maximum))],
            Roles = [.. requirement.RoleConstraints.Select(r => new RolePlan(
                r.Action.Name, new ConditionPlan(r.Role.Term.Name, r.Role.Term.Condition!), Selector(requirement.Subject) with { WorkerField = r.Action.Field!.Name }))],
        };
    }

    /// <summary>
    /// The rows a term reference selects, and the date each takes. With <paramref name="actionDated"/>, an
    /// anchor such as "ICPC first planned" takes the date its action records (the binder checks it is a date).
    /// </summary>
    public static SelectorPlan Selector(BoundTermReference reference, bool actionDated = false)
    {
        var term = reference.Term;
        var table = term.Table ?? throw new InvalidOperationException($"'{term.Name}' is not backed by a table.");
        if (actionDated && reference.Action?.Field is { Type: FieldType.Date or FieldType.DateTime } dateField && table.FindField(dateField.Name) is not null)
            return new SelectorPlan(table.Name, term.Condition, SelectorShape.Rows, dateField.Name, reference.ToString());
        var what = reference.Action is null ? reference.ToString() : term.Name;
        return (term.Kind, reference.Boundary) switch
        {
            (TermKind.Period or TermKind.Subject, PeriodBoundary.End) => new SelectorPlan(table.Name, term.Condition, SelectorShape.PeriodEnds, table.EndField!, what),
            (TermKind.Period or TermKind.Subject, _) => new SelectorPlan(table.Name, term.Condition, SelectorShape.PeriodStarts, table.StartField!, what),
            _ => new SelectorPlan(table.Name, term.Condition, SelectorShape.Rows, term.DateField?.Name ?? table.DateField, what),
        };
    }

    private static RecordPlan Record(TermSymbol term)
    {
        var table = term.Table!;
        // A record of a period table is in force over the period; with 'dated X', from X to the period's end.
        return new RecordPlan(table.Name, term.Condition, term.DateField?.Name ?? table.DateField,
            table.HasPeriod && term.DateField is null ? table.StartField : null, table.HasPeriod ? table.EndField : null, term.Name);
    }
}
