using System.CommandLine;
using Directions.Cli.Review;
using Directions.Compiler;
using Directions.Compiler.Differencing;
using Directions.Compiler.Syntax;

namespace Directions.Cli.Commands;

/// <summary>
/// `directions diff OLD NEW`, `directions diff --git REV1..REV2 [PATH]`, `directions diff --textconv FILE`:
/// what changed in meaning between two versions of directions (files, folders or git revisions),
/// grouped by direction and rule, from the bound models (<see cref="DirectionDiffer"/>), as text or
/// Markdown. Layout-only, comment-only and reordering changes are listed as such, never as rule changes.
/// --textconv prints a file followed by its <see cref="SemanticView"/>, for git's textconv.
/// Exit codes (as diff(1)): 0 no change in meaning, 1 changes in meaning, 2 bad input.
/// </summary>
public static class DiffCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "OLD and NEW (files or folders); with --git, the path in the repository to compare (default directions/); with --textconv, the file.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var git = new Option<string?>("--git") { Description = "Compare two git revisions of PATH: REV1..REV2, e.g. main~3..main; or REV alone, against the files as they are now." };
        var textconv = new Option<bool>("--textconv") { Description = "Print the file, then what it means (for git's textconv: see README.md)." };
        var format = new Option<string>("--format") { Description = "text (default) or md (Markdown for a pull-request comment).", DefaultValueFactory = _ => "text" };
        var hide = new Option<bool>("--hide-text-only") { Description = "Do not list files whose text changed without a change in meaning." };
        var vocabulary = new Option<string[]>("--vocabulary") { Description = "Vocabulary files to use instead of looking for vocabulary.pd (both sides)." };
        var command = new Command("diff", "What changed in meaning between two versions of directions, rule by rule, in plain English.")
        {
            paths, git, textconv, format, hide, vocabulary,
        };
        command.SetAction(result => Run(
            new DiffOptions(result.GetValue(paths) ?? [], result.GetValue(git), result.GetValue(textconv), result.GetValue(format) ?? "text",
                result.GetValue(hide), result.GetValue(vocabulary) ?? []),
            Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the diff; see the class for the exit codes.</summary>
    public static int Run(DiffOptions options, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (options.Format is not ("text" or "md"))
        {
            error.WriteLine($"--format: '{options.Format}' is not a format of diff; give text or md.");
            return 2;
        }

        try
        {
            if (options.Textconv)
                return Textconv(options, output, error);

            var (before, after) = ReviewSides.Open(options.Paths, options.Git, options.Vocabularies);
            var diff = DirectionDiffer.Compare(before.Compilation, after.Compilation, tree => before.Compilation.SyntaxTrees.Contains(tree) ? before.KeyOf(tree) : after.KeyOf(tree));
            if (options.Format == "md")
                DiffReportWriter.WriteMarkdown(output, diff, before.Label, after.Label, options.HideTextOnly);
            else
                DiffReportWriter.WriteText(output, diff, before.Label, after.Label, options.HideTextOnly);
            return diff.HasChangesInMeaning ? 1 : 0;
        }
        catch (ReviewInputException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    /// <summary>The file as written, then what it means: git diffs both, so the meaning's changes show beside the text's.</summary>
    private static int Textconv(DiffOptions options, TextWriter output, TextWriter error)
    {
        if (options.Paths.Count != 1 || !File.Exists(options.Paths[0]))
        {
            error.WriteLine("--textconv: give one .pd file (git passes it).");
            return 2;
        }

        // The vocabulary beside or above the file; git gives old versions as temporary files, so
        // then the one in the repository (git runs textconv from its top folder).
        var sources = SourceSet.Collect([options.Paths[0]], options.Vocabularies, error);
        if (sources is null)
            return 2;
        var trees = sources.Trees.ToList();
        if (!trees.Any(t => t.Root.Members.OfType<VocabularyDeclarationSyntax>().Any()))
            trees.AddRange(FindVocabulary().Select(SyntaxTree.Load));
        var tree = trees[0];
        var text = tree.Text.ToString();
        var compilation = DirectionCompilation.Create(trees);

        output.Write(text);
        if (text.Length > 0 && text[^1] != '\n')
            output.WriteLine();
        output.WriteLine();
        output.Write(SemanticView.Write(compilation, tree));
        return 0;
    }

    /// <summary>git runs textconv from the repository's top folder, on a temporary copy: look for the vocabulary from there.</summary>
    private static List<string> FindVocabulary()
    {
        foreach (var candidate in new[] { SourceSet.VocabularyFileName, Path.Combine("directions", SourceSet.VocabularyFileName) })
        {
            if (File.Exists(candidate))
                return [candidate];
        }

        return [];
    }
}
