using System.CommandLine;
using Directions.Compiler;
using Directions.Compiler.Diagnostics;

namespace Directions.Cli.Commands;

/// <summary>
/// `directions check`: the main job. Today it compiles the directions folder and reports, per
/// direction, what it enforces and any mistakes; running the rules against case data arrives with
/// the runtime (issue 3), when this command gains --cases and --as-of.
/// </summary>
public static class CheckCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var directions = new Option<string?>("--directions")
        {
            Description = "The folder of directions to check (default: the repository's directions/ folder).",
        };
        var command = new Command("check", "Check the directions: compile them and summarise what each enforces.")
        {
            directions,
        };
        command.SetAction(result => Run(result.GetValue(directions), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the check; 0 when the directions compile, 1 when they have errors, 2 when the folder is missing.</summary>
    public static int Run(string? directionsFolder, TextWriter output, TextWriter error)
    {
        var folder = directionsFolder ?? FindDefaultFolder();
        if (folder is null || !Directory.Exists(folder))
        {
            error.WriteLine($"{folder ?? "directions/"}: error: I cannot find the directions folder. Run from the repository, or give --directions DIR.");
            return 2;
        }

        var sources = SourceSet.Collect([folder], [], error);
        if (sources is null)
            return 2;
        var compilation = DirectionCompilation.Create(sources.Trees);
        var diagnostics = compilation.GetDiagnostics();

        output.WriteLine($"Directions in {folder}: {compilation.Directions.Length} direction(s), {compilation.Vocabulary.Terms.Length} vocabulary term(s).");
        foreach (var direction in compilation.Directions.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var mine = diagnostics.Where(d => d.Location.Path == direction.FilePath).ToList();
            var requirements = direction.Rules.Sum(r => r.Requirements.Length);
            var from = direction.EffectiveFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "?";
            var until = direction.EffectiveUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "open";
            output.WriteLine($"  {direction.Id} version {direction.Version ?? "?"} ({from} to {until}), {direction.IssuedBy ?? "issuer not given"}: " +
                $"{direction.Rules.Length} rule(s), {requirements} requirement(s), {mine.Count(d => d.IsError)} error(s), {mine.Count(d => d.Severity == DiagnosticSeverity.Warning)} warning(s)");
        }

        foreach (var diagnostic in diagnostics)
            output.WriteLine(diagnostic.ToString());

        var errors = diagnostics.Count(d => d.IsError);
        output.WriteLine(errors == 0
            ? "The directions compile. Checking them against case data comes with the runtime (not built yet)."
            : $"{errors} error(s): fix them before the directions can be used.");
        return errors > 0 ? 1 : 0;
    }

    private static string? FindDefaultFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "directions");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, SourceSet.VocabularyFileName)))
                return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate);
        }

        return null;
    }
}
