using System.CommandLine;
using System.Text;
using Directions.Cli.Reporting;
using Directions.Compiler.Formatting;
using Directions.Compiler.Syntax;

namespace Directions.Cli.Commands;

/// <summary>
/// `directions fmt [--check] PATH...`: lays .pd files out canonically with <see cref="DirectionFormatter"/>
/// (the language server's formatter). Files are rewritten in place, each through a temporary file
/// moved over it so a file is never half written. With --check nothing is written: the files that
/// would change are listed with their first changed lines, and the exit code is 1.
/// Exit codes: 0 all formatted (or rewritten), 1 with --check when a file would change, 2 when a path cannot be read or written.
/// </summary>
public static class FmtCommand
{
    /// <summary>How many changed lines --check shows per file.</summary>
    private const int HintLimit = 3;

    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = ".pd files, or folders searched for .pd files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing: list the files that are not formatted, with a hint of what would change, and exit 1 if there are any.",
        };
        var command = new Command("fmt", "Lay .pd files out canonically: indentation, spacing, keyword case, blank lines. Comments are kept and the meaning never changes.")
        {
            paths,
            check,
        };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(check), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Formats or checks the files; see the class for the exit codes.</summary>
    public static int Run(IReadOnlyList<string> paths, bool check, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.pd", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                error.WriteLine($"{path}: error: there is no such file or folder. Give a .pd file or a folder of them.");
                return 2;
            }
        }

        var changed = 0;
        foreach (var file in files)
        {
            string text;
            bool hasBom;
            try
            {
                var bytes = File.ReadAllBytes(file);
                hasBom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
                text = new UTF8Encoding(false).GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
            }
            catch (IOException e)
            {
                error.WriteLine($"{file}: error: cannot read the file: {e.Message}");
                return 2;
            }

            var tree = SyntaxTree.Parse(text, file);
            var edits = DirectionFormatter.GetEdits(tree);
            if (edits.IsEmpty)
                continue;
            changed++;
            if (check)
            {
                WriteHint(output, tree, edits);
                continue;
            }

            try
            {
                // Whole or not at all: a temporary file beside it, moved over it.
                var formatted = new UTF8Encoding(hasBom);
                var bytes = formatted.GetPreamble().Concat(formatted.GetBytes(DirectionFormatter.Format(tree))).ToArray();
                ReportFile.Write(file, stream => stream.Write(bytes));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{file}: error: cannot write the formatted file: {e.Message}");
                return 2;
            }

            output.WriteLine($"formatted {file}");
        }

        var noun = files.Count == 1 ? "file" : "files";
        if (check)
        {
            output.WriteLine(changed == 0
                ? $"{files.Count} {noun} checked: all formatted."
                : $"{files.Count} {noun} checked: {changed} not formatted. Run `directions fmt` on them.");
            return changed == 0 ? 0 : 1;
        }

        output.WriteLine($"{files.Count} {noun} checked, {changed} reformatted.");
        return 0;
    }

    /// <summary>The file name, then the first changed lines as -written / +canonical, with their line numbers.</summary>
    private static void WriteHint(TextWriter output, SyntaxTree tree, IReadOnlyList<FormattingEdit> edits)
    {
        output.WriteLine($"{tree.FilePath}: not formatted ({edits.Count} {(edits.Count == 1 ? "place" : "places")} would change)");
        foreach (var edit in edits.Take(HintLimit))
        {
            var before = SplitLines(tree.Text.ToString(edit.Span));
            var after = SplitLines(edit.NewText);

            // Only the lines that differ: an edit also covers the unchanged comments above its line.
            var same = 0;
            while (same < before.Count && same < after.Count && before[same] == after[same])
                same++;
            var sameAtEnd = 0;
            while (sameAtEnd < before.Count - same && sameAtEnd < after.Count - same && before[^(sameAtEnd + 1)] == after[^(sameAtEnd + 1)])
                sameAtEnd++;

            var line = tree.Text.GetLinePosition(edit.Span.Start).Line + 1 + same;
            output.WriteLine($"  line {line}:");
            foreach (var old in before.Skip(same).Take(before.Count - same - sameAtEnd))
                output.WriteLine($"    -{Visible(old)}");
            foreach (var @new in after.Skip(same).Take(after.Count - same - sameAtEnd))
                output.WriteLine($"    +{Visible(@new)}");
        }

        if (edits.Count > HintLimit)
            output.WriteLine($"  ... and {edits.Count - HintLimit} more");
    }

    private static List<string> SplitLines(string text) =>
        text.Length == 0 ? [] : [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n').Split('\n')];

    /// <summary>Shows trailing spaces and tabs, which are otherwise invisible in the hint.</summary>
    private static string Visible(string line)
    {
        if (line.Length == 0)
            return "(blank line)";
        var trimmed = line.TrimEnd(' ', '\t');
        return trimmed.Length == line.Length ? line.Replace("\t", "\\t", StringComparison.Ordinal) : $"{trimmed.Replace("\t", "\\t", StringComparison.Ordinal)}<{line.Length - trimmed.Length} trailing spaces>";
    }
}
