using System.CommandLine;
using System.Text;
using Directions.Cli.Reporting;
using Directions.Cli.Review;
using Directions.Compiler;

namespace Directions.Cli.Commands;

/// <summary>
/// `directions render FILE|DIR --format html|md [--out FILE]`: the directions as a readable policy page
/// (<see cref="PolicyPageWriter"/>), in the language server's English. Exit codes: 0 written,
/// 1 the directions have errors (printed; no page), 2 bad input or the page cannot be written.
/// </summary>
public static class RenderCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = ".pd files, or folders searched for .pd files. A vocabulary.pd beside or above them is used.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "html (default: one self-contained page) or md.", DefaultValueFactory = _ => "html" };
        var output = new Option<string?>("--out") { Description = "Write the page to this file instead of standard output." };
        var vocabulary = new Option<string[]>("--vocabulary") { Description = "Vocabulary files to use instead of looking for vocabulary.pd." };
        var command = new Command("render", "Write directions as a readable policy page (HTML or Markdown): each rule in plain English with its citation, version and dates.")
        {
            paths, format, output, vocabulary,
        };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(format) ?? "html", result.GetValue(output),
            result.GetValue(vocabulary) ?? [], Console.Out, Console.Error));
        return command;
    }

    /// <summary>Renders; see the class for the exit codes.</summary>
    public static int Run(IReadOnlyList<string> paths, string format, string? outFile, IReadOnlyList<string> vocabularies, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (format is not ("html" or "md"))
        {
            error.WriteLine($"--format: '{format}' is not a format of render; give html or md.");
            return 2;
        }

        var sources = SourceSet.Collect(paths, vocabularies, error);
        if (sources is null)
            return 2;
        var compilation = DirectionCompilation.Create(sources.Trees);
        var errors = compilation.GetDiagnostics().Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            foreach (var diagnostic in errors)
                error.WriteLine(diagnostic.ToString());
            error.WriteLine($"{errors.Count} error(s) in the directions: fix them before they are published. No page was written.");
            return 1;
        }

        var directions = compilation.Directions;
        if (directions.IsEmpty)
        {
            error.WriteLine($"{string.Join(", ", paths)}: error: there are no directions to render (only a vocabulary?).");
            return 2;
        }

        using var page = new StringWriter();
        if (format == "md")
            PolicyPageWriter.WriteMarkdown(page, directions);
        else
            PolicyPageWriter.WriteHtml(page, directions);

        if (outFile is null)
        {
            output.Write(page.ToString());
            return 0;
        }

        try
        {
            var bytes = new UTF8Encoding(false).GetBytes(page.ToString());
            ReportFile.Write(outFile, stream => stream.Write(bytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{outFile}: error: the page cannot be written: {e.Message}");
            return 2;
        }

        error.WriteLine($"Wrote {outFile} ({directions.Length} direction{(directions.Length == 1 ? "" : "s")}).");
        return 0;
    }
}
