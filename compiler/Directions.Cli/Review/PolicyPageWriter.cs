using System.Net;
using Directions.Compiler.Describing;
using Directions.Compiler.Symbols;

namespace Directions.Cli.Review;

/// <summary>
/// A direction as a readable policy page for a council's procedures site: its header, then each
/// rule in plain English with units resolved, its citation and quote, and the version and dates
/// it belongs to. The English is the language server's hover (<see cref="RuleDescriber"/>,
/// <see cref="DirectionDescriber"/>), so the page and the editor never disagree.
/// </summary>
public static class PolicyPageWriter
{
    /// <summary>Markdown; every text from the direction is escaped.</summary>
    public static void WriteMarkdown(TextWriter output, IReadOnlyList<DirectionSymbol> directions)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(directions);
        static string E(string text) => MarkdownText.Escape(text);
        foreach (var direction in directions)
        {
            output.WriteLine($"# {E(direction.Title)}");
            output.WriteLine();
            foreach (var (label, value) in HeaderItems(direction))
                output.WriteLine($"- **{label}:** {E(value)}");
            foreach (var rule in direction.Rules)
            {
                output.WriteLine();
                output.WriteLine($"## {E(rule.Name)}");
                output.WriteLine();
                output.WriteLine(E(RuleDescriber.Describe(rule)));
                if (rule.Quote is { } quote)
                {
                    output.WriteLine();
                    output.WriteLine($"> {E(quote)}");
                }

                output.WriteLine();
                output.WriteLine($"*{E(Citation(direction, rule))}*");
            }

            output.WriteLine();
        }
    }

    /// <summary>One self-contained HTML page (inline style, no script, nothing fetched); every text from the direction is escaped.</summary>
    public static void WriteHtml(TextWriter output, IReadOnlyList<DirectionSymbol> directions)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(directions);
        static string E(string text) => WebUtility.HtmlEncode(text);
        var title = directions.Count == 1 ? directions[0].Title : "Practice directions";
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en-GB\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine($"<title>{E(title)}</title>");
        output.WriteLine("<style>");
        output.WriteLine("body{font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}");
        output.WriteLine("h1{font-size:1.8rem;margin-bottom:.5rem}h2{font-size:1.25rem;margin-top:2rem;border-top:1px solid #ddd;padding-top:1rem}");
        output.WriteLine("dl.header{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dl.header dt{font-weight:600}dl.header dd{margin:0}");
        output.WriteLine("blockquote{border-left:4px solid #aaa;margin:1rem 0;padding:.25rem 1rem;color:#444}.citation{color:#555;font-size:.9rem}");
        output.WriteLine("</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        foreach (var direction in directions)
        {
            output.WriteLine("<article>");
            output.WriteLine($"<h1>{E(direction.Title)}</h1>");
            output.WriteLine("<dl class=\"header\">");
            foreach (var (label, value) in HeaderItems(direction))
                output.WriteLine($"<dt>{E(label)}</dt><dd>{E(value)}</dd>");
            output.WriteLine("</dl>");
            foreach (var rule in direction.Rules)
            {
                output.WriteLine("<section>");
                output.WriteLine($"<h2>{E(rule.Name)}</h2>");
                output.WriteLine($"<p>{E(RuleDescriber.Describe(rule))}</p>");
                if (rule.Quote is { } quote)
                    output.WriteLine($"<blockquote>{E(quote)}</blockquote>");
                output.WriteLine($"<p class=\"citation\">{E(Citation(direction, rule))}</p>");
                output.WriteLine("</section>");
            }

            output.WriteLine("</article>");
        }

        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    /// <summary>The header lines: who issued it, the version and dates, the source, the service areas.</summary>
    private static IEnumerable<(string Label, string Value)> HeaderItems(DirectionSymbol direction)
    {
        if (direction.IssuedBy is { } issuer)
            yield return ("Issued by", issuer);
        yield return ("Version", DirectionDescriber.DescribeVersion(direction));
        if (direction.Source is { } source)
            yield return ("Source", source);
        if (!direction.ServiceAreas.IsEmpty)
            yield return ("Service areas", string.Join(", ", direction.ServiceAreas));
    }

    /// <summary>"Cites S000-07; Agreed actions, bullet 4. bristol-cin version 2021.1, in force from 1 September 2021."</summary>
    private static string Citation(DirectionSymbol direction, RuleSymbol rule) =>
        $"{(RuleDescriber.DescribeCitations(rule) is { } cites ? $"Cites {cites}. " : "No citation. ")}{DirectionDescriber.DescribeVersion(direction)}.";
}
