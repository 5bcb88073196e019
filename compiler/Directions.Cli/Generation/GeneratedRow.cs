using System.Globalization;
using System.Text;

namespace Directions.Cli.Generation;

/// <summary>When something happened: a date, and a time of day when the made-up case system recorded one.</summary>
internal readonly record struct Moment(DateOnly Date, TimeOnly? Time) : IComparable<Moment>
{
    public int CompareTo(Moment other)
    {
        var byDate = Date.CompareTo(other.Date);
        return byDate != 0 ? byDate : (Time ?? TimeOnly.MinValue).CompareTo(other.Time ?? TimeOnly.MinValue);
    }

    public override string ToString() => Time is { } time
        ? Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T" + time.ToString("HH:mm", CultureInfo.InvariantCulture)
        : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One generated record: its fields in the order they are written, null fields left out. Its id is given when the child is written.</summary>
internal sealed class GeneratedRow(Moment when)
{
    private readonly List<(string Name, object Value)> fields = [];

    /// <summary>When the row happened, to order the rows of a table.</summary>
    public Moment When { get; } = when;

    public IReadOnlyList<(string Name, object Value)> Fields => fields;

    /// <summary>Sets a field: a new one goes last; one set before keeps its place; null leaves the row as it is.</summary>
    public GeneratedRow Set(string name, object? value)
    {
        if (value is null)
            return this;
        var at = fields.FindIndex(f => f.Name == name);
        if (at >= 0)
            fields[at] = (name, value);
        else
            fields.Add((name, value));
        return this;
    }

    /// <summary>Takes a field out of the row.</summary>
    public GeneratedRow Remove(string name)
    {
        fields.RemoveAll(f => f.Name == name);
        return this;
    }

    /// <summary>A field's value, or null when it is not set.</summary>
    public object? Get(string name) => fields.Find(f => f.Name == name).Value;

    /// <summary>Writes <c>{"id": ..., "field": value, ...}</c> on one line.</summary>
    public static void WriteObject(StringBuilder output, IEnumerable<(string Name, object Value)> fields)
    {
        output.Append('{');
        var first = true;
        foreach (var (name, value) in fields)
        {
            if (!first)
                output.Append(", ");
            first = false;
            WriteString(output, name);
            output.Append(": ");
            WriteValue(output, value);
        }

        output.Append('}');
    }

    private static void WriteValue(StringBuilder output, object value)
    {
        switch (value)
        {
            case bool flag:
                output.Append(flag ? "true" : "false");
                break;
            case DateOnly date:
                WriteString(output, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case Moment moment:
                WriteString(output, moment.ToString());
                break;
            case int number:
                output.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case string text:
                WriteString(output, text);
                break;
            default:
                throw new InvalidOperationException($"The generator cannot write a {value.GetType().Name}.");
        }
    }

    public static void WriteString(StringBuilder output, string text)
    {
        output.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case < ' ': output.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"); break;
                default: output.Append(c); break;
            }
        }

        output.Append('"');
    }
}
