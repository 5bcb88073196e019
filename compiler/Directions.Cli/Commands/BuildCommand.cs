using System.CommandLine;
using Directions.Compiler;
using Directions.Compiler.Diagnostics;

namespace Directions.Cli.Commands;

/// <summary>`directions build FILE_OR_DIR...`: compiles directions and prints their diagnostics.</summary>
public static class BuildCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("paths")
        {
            Description = ".pd files, or folders searched for .pd files. A vocabulary.pd beside or above them is used when none is given.",
            Arity = ArgumentArity.OneOrMore,
        };
        var vocabulary = new Option<string[]>("--vocabulary")
        {
            Description = "Vocabulary files to use instead of looking for vocabulary.pd.",
        };
        var command = new Command("build", "Compile directions and report mistakes as path(line,col): error DIR1234: message.")
        {
            inputs,
            vocabulary,
        };
        command.SetAction(result => Run(result.GetValue(inputs) ?? [], result.GetValue(vocabulary) ?? [], Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the build; returns 0 when there are no errors, 1 when there are, 2 when the inputs cannot be read.</summary>
    public static int Run(IReadOnlyList<string> paths, IReadOnlyList<string> vocabularies, TextWriter output, TextWriter error)
    {
        var sources = SourceSet.Collect(paths, vocabularies, error);
        if (sources is null)
            return 2;

        var compilation = DirectionCompilation.Create(sources.Trees);
        var diagnostics = compilation.GetDiagnostics();
        foreach (var diagnostic in diagnostics)
            output.WriteLine(diagnostic.ToString());

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        output.WriteLine($"{sources.DirectionFileCount} file(s): {errors} error(s), {warnings} warning(s).");
        return errors > 0 ? 1 : 0;
    }
}
