using Directions.Compiler.Binding;
using Directions.Runtime.CaseData;
using Directions.Runtime.Rules;
using Directions.Runtime.Time;
using NodaTime;
using Duration = Directions.Compiler.Binding.Duration;

namespace Directions.Compiler.Interpretation;

/// <summary>Evaluates a vocabulary condition on a record by reading its fields by name; same semantics as compiled rules (see RuleFunctions).</summary>
internal static class ConditionInterpreter
{
    public static bool Evaluate(BoundCondition condition, ICaseRecord record, LocalDate on, WorkingDayCalendar calendar) => condition switch
    {
        BoundBinaryCondition { IsAnd: true } and => Evaluate(and.Left, record, on, calendar) && Evaluate(and.Right, record, on, calendar),
        BoundBinaryCondition or => Evaluate(or.Left, record, on, calendar) || Evaluate(or.Right, record, on, calendar),
        BoundNotCondition not => !Evaluate(not.Operand, record, on, calendar),
        BoundFlagCondition flag => RuleFunctions.IsDone(Read(record, flag.Field.Name, on)),
        BoundAtLeastCondition atLeast => RuleFunctions.AtLeast(Read(record, atLeast.Field.Name, on) as Period, ToPolicy(atLeast.Least), on, calendar),
        BoundComparisonCondition comparison => Compare(Read(record, comparison.Field.Name, on), comparison.Value) != comparison.Negated,
        _ => false,
    };

    public static PolicyDuration ToPolicy(Duration duration) => new(duration.Count, Enum.Parse<PolicyUnit>(duration.Unit.ToString()));

    private static object? Read(ICaseRecord record, string field, LocalDate on)
    {
        var definition = record.Table.FindField(field);
        if (definition is null)
            return null;
        return definition.IsComputed ? definition.Read(record, on) : definition.Read(record);
    }

    private static bool Compare(object? actual, object expected) => (actual, expected) switch
    {
        (string text, string wanted) => RuleFunctions.TextEquals(text, wanted),
        (bool flag, bool wanted) => flag == wanted,
        (decimal number, decimal wanted) => number == wanted,
        _ => false,
    };
}
