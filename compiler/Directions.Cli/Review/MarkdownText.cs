using System.Text;

namespace Directions.Cli.Review;

/// <summary>Text from a direction made safe for Markdown (a pull-request comment): characters with a meaning there are escaped, HTML cannot get in.</summary>
public static class MarkdownText
{
    /// <summary>Escapes Markdown's special characters and angle brackets, and keeps the text on one line.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    result.Append("&lt;");
                    break;
                case '>':
                    result.Append("&gt;");
                    break;
                case '&':
                    result.Append("&amp;");
                    break;
                case '\r' or '\n':
                    result.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!' or '~':
                    result.Append('\\').Append(c);
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }
}
