using Directions.Compiler.Differencing;

namespace Directions.Cli.Review;

/// <summary>Writes a <see cref="DirectionDiff"/> as plain text for a terminal or as Markdown for a pull-request comment.</summary>
public static class DiffReportWriter
{
    /// <summary>Plain text: each direction with its header changes and its rules' changes, the vocabulary, then the files whose text changed without a change in meaning.</summary>
    public static void WriteText(TextWriter output, DirectionDiff diff, string oldLabel, string newLabel, bool hideTextOnly)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(diff);
        output.WriteLine($"Changes in meaning from {oldLabel} to {newLabel}:");
        if (!diff.HasChangesInMeaning)
            output.WriteLine("  none: no rule, direction or term changed in meaning.");

        foreach (var direction in diff.Directions)
        {
            output.WriteLine();
            output.WriteLine($"{direction.Heading}: \"{direction.Title}\" ({direction.FilePath})");
            foreach (var change in direction.HeaderChanges)
                output.WriteLine($"  {change.Description}");
            foreach (var rule in direction.RuleChanges)
            {
                output.WriteLine($"  rule \"{rule.Key}\"");
                foreach (var change in rule)
                    output.WriteLine($"    {change.Description}");
            }
        }

        if (!diff.Vocabulary.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("Vocabulary");
            foreach (var change in diff.Vocabulary)
                output.WriteLine($"  {change.Description}");
        }

        var textOnly = diff.Files.Where(f => f.IsTextOnly).ToList();
        if (!hideTextOnly && textOnly.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Text changed without a change in meaning:");
            foreach (var file in textOnly)
                output.WriteLine($"  {file.Path}: {file.Describe()}");
        }

        WriteErrors(output, diff, markdown: false);
        output.WriteLine();
        output.WriteLine(Summary(diff));
    }

    /// <summary>Markdown for a pull-request comment; every text from the directions is escaped.</summary>
    public static void WriteMarkdown(TextWriter output, DirectionDiff diff, string oldLabel, string newLabel, bool hideTextOnly)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(diff);
        string E(string text) => MarkdownText.Escape(text);
        output.WriteLine($"### Directions: changes in meaning");
        output.WriteLine();
        output.WriteLine($"From `{oldLabel.Replace("`", "'", StringComparison.Ordinal)}` to `{newLabel.Replace("`", "'", StringComparison.Ordinal)}`. {E(Summary(diff))}");
        foreach (var direction in diff.Directions)
        {
            output.WriteLine();
            output.WriteLine($"#### {E(direction.Heading)}: {E(direction.Title)}");
            output.WriteLine();
            output.WriteLine($"File: `{direction.FilePath.Replace("`", "'", StringComparison.Ordinal)}`");
            output.WriteLine();
            foreach (var change in direction.HeaderChanges)
                output.WriteLine($"- {E(change.Description)}");
            foreach (var rule in direction.RuleChanges)
            {
                output.WriteLine($"- **Rule \"{E(rule.Key)}\"**");
                foreach (var change in rule)
                    output.WriteLine($"  - {E(change.Description)}");
            }
        }

        if (!diff.Vocabulary.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("#### Vocabulary");
            output.WriteLine();
            foreach (var change in diff.Vocabulary)
                output.WriteLine($"- {E(change.Description)}");
        }

        var textOnly = diff.Files.Where(f => f.IsTextOnly).ToList();
        if (!hideTextOnly && textOnly.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("#### Text changed without a change in meaning");
            output.WriteLine();
            output.WriteLine("| File | Change |");
            output.WriteLine("|---|---|");
            foreach (var file in textOnly)
                output.WriteLine($"| {E(file.Path)} | {E(file.Describe())} |");
        }

        WriteErrors(output, diff, markdown: true);
    }

    /// <summary>"2 changes in meaning in 1 direction; 1 file changed in layout or comments only."</summary>
    public static string Summary(DirectionDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var textOnly = diff.Files.Count(f => f.IsTextOnly);
        var meaning = diff.ChangeCount == 0
            ? "No change in meaning"
            : $"{Count(diff.ChangeCount, "change")} in meaning in {Count(diff.Directions.Length, "direction")}{(diff.Vocabulary.IsEmpty ? string.Empty : " and the vocabulary")}";
        return textOnly == 0 ? $"{meaning}." : $"{meaning}; {Count(textOnly, "file")} changed in text only.";
    }

    private static void WriteErrors(TextWriter output, DirectionDiff diff, bool markdown)
    {
        foreach (var (side, errors) in new[] { ("old", diff.OldErrors), ("new", diff.NewErrors) })
        {
            if (errors.IsEmpty)
                continue;
            output.WriteLine();
            var heading = $"The {side} side has {Count(errors.Length, "error")}: rules on lines with errors are not compared.";
            output.WriteLine(markdown ? $"**{heading}**" : heading);
            if (markdown)
                output.WriteLine();
            foreach (var error in errors.Take(20))
                output.WriteLine(markdown ? $"- {MarkdownText.Escape(error.ToString())}" : $"  {error}");
        }
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
