using System.Text;

namespace Directions.Compiler.Emit;

/// <summary>
/// The one sanitiser of identifiers: every C# name made from direction text (class, rule methods)
/// is a fixed prefix followed by that text with anything outside [A-Za-z0-9_] turned into '_', runs
/// of '_' collapsed, cut to a readable length, and a counter (<c>_2</c>, <c>_3</c>) added when the
/// name is already taken in the table's scope. The prefix starts with a letter and is not a keyword,
/// so the result is always a valid identifier that cannot collide with the generated plumbing.
/// </summary>
internal sealed class IdentifierTable
{
    /// <summary>The most characters taken from the text.</summary>
    public const int MaxTextLength = 48;

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>Reserves names the generated code uses itself, so sanitised names never take them.</summary>
    public IdentifierTable(params string[] reserved)
    {
        foreach (var name in reserved)
            _taken.Add(name);
    }

    /// <summary>A new identifier in this scope: <paramref name="prefix"/> + sanitised text + counter if needed.</summary>
    public string Add(string prefix, string text)
    {
        var baseName = Sanitise(prefix, text);
        var name = baseName;
        for (var counter = 2; !_taken.Add(name); counter++)
            name = baseName + "_" + counter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return name;
    }

    /// <summary>The sanitised form, without the counter: only ASCII letters, digits and '_'.</summary>
    public static string Sanitise(string prefix, string text)
    {
        if (prefix.Length == 0 || !char.IsAsciiLetter(prefix[0]) || prefix.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '_'))
            throw new ArgumentException("A prefix starts with an ASCII letter and holds only [A-Za-z0-9_].", nameof(prefix));
        var builder = new StringBuilder(prefix.Length + 1 + Math.Min(text.Length, MaxTextLength));
        builder.Append(prefix).Append('_');
        var added = 0;
        foreach (var c in text)
        {
            if (added >= MaxTextLength)
                break;
            var mapped = char.IsAsciiLetterOrDigit(c) ? c : '_';
            if (mapped == '_' && builder[^1] == '_')
                continue;
            builder.Append(mapped);
            added++;
        }

        while (builder.Length > prefix.Length && builder[^1] == '_')
            builder.Length--;
        return builder.ToString();
    }
}
