using Directions.Compiler.Binding;
using Directions.Compiler.Lowering;
using Directions.Runtime.CaseData;
using Directions.Runtime.Evaluation;
using Directions.Runtime.Rules;
using Directions.Runtime.Time;
using NodaTime;

namespace Directions.Compiler.Interpretation;

/// <summary>
/// Turns direction plans into runtime rule specifications whose selectors interpret the vocabulary's
/// conditions by reading fields by name: the same findings as a compiled rule assembly, without Roslyn.
/// The language server uses it for live previews.
/// </summary>
public static class SpecInterpreter
{
    /// <summary>Builds the runtime specification of a planned direction.</summary>
    public static DirectionSpec Build(DirectionPlan plan, WorkingDayCalendar? calendar = null)
    {
        var cal = calendar ?? WorkingDayCalendar.EnglandAndWales;
        return new DirectionSpec(plan.Manifest, [.. plan.Rules.Select(r => Rule(r, plan.Manifest, cal))]);
    }

    /// <summary>Compiles (binds and plans) directions and builds interpreted specifications; none when there are errors.</summary>
    public static IReadOnlyList<DirectionSpec> Build(DirectionCompilation compilation, WorkingDayCalendar? calendar = null) =>
        [.. RulePlanner.Plan(compilation).Select(p => Build(p, calendar))];

    private static RuleSpec Rule(RulePlan rule, DirectionManifest manifest, WorkingDayCalendar calendar)
    {
        var periods = rule.SubjectPeriods is { } p ? Periods(p, calendar) : WholeDirection(manifest);
        return new RuleSpec(rule.Name, rule.Line, rule.Citations, rule.Quote, rule.SubjectPeriods?.What ?? "time in force", periods,
            [.. rule.Requirements.Select(r => Requirement(r, calendar))])
        {
            AppliesTo = [.. rule.AppliesTo.Select(c => (c.Name, Cohort(c, calendar)))],
        };
    }

    private static PeriodSelector WholeDirection(DirectionManifest manifest) =>
        _ => [new PeriodSpan(manifest.Id, "time the direction is in force", manifest.EffectiveFrom, null)];

    private static RequirementSpec Requirement(RequirementPlan plan, WorkingDayCalendar calendar) =>
        new(plan.Text, plan.Line, plan.What, Occurrences(plan.Subject, calendar))
        {
            Timing = plan.Timing switch
            {
                CadencePlan c => new CadenceSpec(ConditionInterpreter.ToPolicy(c.Interval)),
                DeadlinePlan d => new DeadlineSpec(ConditionInterpreter.ToPolicy(d.Within), d.Anchor is null ? null : Occurrences(d.Anchor, calendar),
                    d.ThenEvery is null ? null : ConditionInterpreter.ToPolicy(d.ThenEvery)),
                BeforePlan b => new BeforeSpec(Occurrences(b.Anchor, calendar))
                {
                    LeadTime = b.LeadTime is null ? null : ConditionInterpreter.ToPolicy(b.LeadTime),
                    Window = b.Window is null ? null : ConditionInterpreter.ToPolicy(b.Window),
                    Each = b.Each,
                },
                _ => null,
            },
            Rationale = plan.Rationale is null ? null : Records(plan.Rationale, calendar),
            Maximum = plan.Maximum is null ? null : ConditionInterpreter.ToPolicy(plan.Maximum),
            Trigger = plan.Trigger is null ? null : Occurrences(plan.Trigger, calendar),
            TriggerWhat = plan.Trigger?.What,
            Action = plan.Action,
            CheckExistence = plan.CheckExistence,
            ActionWithin = plan.ActionWithin is null ? null : ConditionInterpreter.ToPolicy(plan.ActionWithin),
            ActionBefore = plan.ActionBefore is null ? null : ConditionInterpreter.ToPolicy(plan.ActionBefore),
            Exceptions = [.. plan.Exceptions.Select(e => new CohortExceptionSpec(e.Cohort.Name, Cohort(e.Cohort, calendar),
                e.Interval is null ? null : ConditionInterpreter.ToPolicy(e.Interval), e.Maximum is null ? null : ConditionInterpreter.ToPolicy(e.Maximum)))],
            Roles = [.. plan.Roles.Select(r => new RoleSpec(r.Action, r.Role.Name, Occurrences(r.Records, calendar), Worker(r.Role, calendar)))],
        };

    private static IEnumerable<ICaseRecord> Rows(string table, BoundCondition? condition, CaseContext context, WorkingDayCalendar calendar)
    {
        var rows = CaseDataModel.FindTable(table)?.RowsOf(context.Child) ?? [];
        return condition is null ? rows : rows.Where(r => ConditionInterpreter.Evaluate(condition, r, context.AsOf, calendar));
    }

    private static OccurrenceSelector Occurrences(SelectorPlan plan, WorkingDayCalendar calendar) => context =>
    {
        var result = new List<Occurrence>();
        foreach (var row in Rows(plan.Table, plan.Condition, context, calendar))
        {
            if (RuleFunctions.DateOf(row.GetField(plan.DateField)) is not { } date)
                continue;
            var occurrence = new Occurrence(row.Id, plan.What, date);
            if (plan.WorkerField is not null)
                occurrence = occurrence with { WorkerId = row.GetField(plan.WorkerField) as string };
            if (plan.ActionField is not null)
            {
                var value = row.GetField(plan.ActionField);
                occurrence = occurrence with { ActionDone = RuleFunctions.IsDone(value), ActionDate = RuleFunctions.DateOf(value) };
            }

            result.Add(occurrence);
        }

        return result;
    };

    private static PeriodSelector Periods(PeriodPlan plan, WorkingDayCalendar calendar) => context =>
    {
        var result = new List<PeriodSpan>();
        foreach (var row in Rows(plan.Table, plan.Condition, context, calendar))
        {
            if (RuleFunctions.DateOf(row.GetField(plan.StartField)) is { } start)
                result.Add(new PeriodSpan(row.Id, plan.What, start, RuleFunctions.DateOf(row.GetField(plan.EndField))));
        }

        return result;
    };

    private static RecordSelector Records(RecordPlan plan, WorkingDayCalendar calendar) => context =>
    {
        var result = new List<RecordInForce>();
        foreach (var row in Rows(plan.Table, plan.Condition, context, calendar))
        {
            var from = (plan.FromField is null ? null : RuleFunctions.DateOf(row.GetField(plan.FromField))) ?? RuleFunctions.DateOf(row.GetField(plan.DateField));
            if (from is null)
                continue;
            var until = plan.UntilField is null ? null : RuleFunctions.DateOf(row.GetField(plan.UntilField));
            result.Add(new RecordInForce(row.Id, plan.What, from.Value, until));
        }

        return result;
    };

    private static CohortTest Cohort(ConditionPlan plan, WorkingDayCalendar calendar) =>
        (context, on) => ConditionInterpreter.Evaluate(plan.Condition, context.Child, on, calendar);

    private static WorkerTest Worker(ConditionPlan plan, WorkingDayCalendar calendar) => (context, id) =>
        context.Caseload.FindWorker(id) is { } worker ? ConditionInterpreter.Evaluate(plan.Condition, worker, context.AsOf, calendar) : null;

}
