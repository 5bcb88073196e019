using System.Text;
using Directions.Compiler.Describing;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Differencing;

/// <summary>
/// What one file means, as stable plain-English lines for `git diff` (the textconv of *.pd files):
/// the direction's header, then its rules sorted by name, each with its citations and the same
/// sentences as the language server's hover; or a vocabulary's terms sorted by name. Positions,
/// layout, comments and order are left out, so only changes in meaning change these lines.
/// </summary>
public static class SemanticView
{
    /// <summary>The heading line that starts the view, so a reader of a diff knows what the lines below are.</summary>
    public const string Heading = "## What this file means (directions diff --textconv; rules sorted by name)";

    /// <summary>The view of <paramref name="tree"/>, which must be part of <paramref name="compilation"/>.</summary>
    public static string Write(DirectionCompilation compilation, SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(tree);
        var text = new StringBuilder();
        text.AppendLine(Heading);
        foreach (var direction in compilation.Directions.Where(d => d.FilePath == tree.FilePath))
        {
            text.AppendLine($"direction \"{direction.Title}\": {DirectionDescriber.DescribeVersion(direction)}");
            if (direction.IssuedBy is not null)
                text.AppendLine($"  issued by: {direction.IssuedBy}");
            if (direction.Source is not null)
                text.AppendLine($"  source: {direction.Source}");
            if (!direction.ServiceAreas.IsEmpty)
                text.AppendLine($"  service areas: {string.Join("; ", direction.ServiceAreas.Order(StringComparer.Ordinal))}");
            foreach (var rule in direction.Rules.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase))
            {
                text.AppendLine($"rule \"{rule.Name}\"");
                text.AppendLine($"  cites: {string.Join("; ", rule.Citations.Order(StringComparer.Ordinal))}");
                if (!rule.AppliesTo.IsEmpty)
                    text.AppendLine($"  applies to: {string.Join("; ", rule.AppliesTo.Select(c => c.ToString()).Order(StringComparer.Ordinal))}");
                foreach (var sentence in RuleDescriber.DescribeRequirements(rule).Order(StringComparer.Ordinal))
                    text.AppendLine($"  {sentence}");
                if (rule.Quote is not null)
                    text.AppendLine($"  quote: \"{rule.Quote}\"");
            }
        }

        foreach (var term in compilation.Vocabulary.Terms.Where(t => t.Location.Path == tree.FilePath).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase))
        {
            text.AppendLine($"term {term.Describe()}");
            if (!term.Synonyms.IsEmpty)
                text.AppendLine($"  also: {string.Join("; ", term.Synonyms.Order(StringComparer.OrdinalIgnoreCase))}");
        }

        foreach (var diagnostic in compilation.GetDiagnostics(tree).Where(d => d.IsError))
            text.AppendLine($"error {diagnostic.Id}: {diagnostic.Message}");
        return text.ToString();
    }
}
