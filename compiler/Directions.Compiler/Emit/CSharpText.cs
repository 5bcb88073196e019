using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Directions.Compiler.Emit;

/// <summary>
/// The only ways text from a direction reaches generated C#. Names, quotes, citations, paths and
/// vocabulary values (a visit's kind) become C# string literals through <see cref="Literal(string)"/>,
/// which is Roslyn's own escaping (<see cref="SymbolDisplay.FormatLiteral(string, bool)"/>): quotes,
/// backslashes, line breaks of every kind (including U+0085, U+2028, U+2029) and other control
/// characters are escaped, so the literal is one line and ends where Roslyn says it ends.
/// Identifiers come only from <see cref="IdentifierTable"/>. Nothing else from a direction is written.
/// </summary>
internal static class CSharpText
{
    /// <summary>A C# string literal, quotes included, whose value is exactly <paramref name="text"/>.</summary>
    public static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>A C# literal for a nullable string: <c>null</c>, or <see cref="Literal(string)"/>.</summary>
    public static string Literal(string? text, bool allowNull) =>
        text is null ? (allowNull ? "null" : throw new ArgumentNullException(nameof(text))) : Literal(text);

    /// <summary>An int literal, invariant.</summary>
    public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal literal, invariant, with the <c>m</c> suffix.</summary>
    public static string Literal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    /// <summary>A bool literal.</summary>
    public static string Literal(bool value) => value ? "true" : "false";

    /// <summary>
    /// The file name of a <c>#line</c> directive. A directive's file name is not a string literal: it has
    /// no escapes and ends at the first quote or line break. So characters it cannot hold (quotes,
    /// backslashes, control characters, line and paragraph separators) are replaced with '_' and the
    /// name can never end the directive early. Paths are already '/'-separated (RulePlanner.NormalizePath).
    /// </summary>
    public static string DirectivePath(string path)
    {
        var builder = new StringBuilder(path.Length);
        foreach (var c in path)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var unsafeChar = c is '"' or '\\' || char.IsControl(c) || category is UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Format;
            builder.Append(unsafeChar ? '_' : c);
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }
}
