using System.CommandLine;
using System.Globalization;
using System.Text;
using Directions.Cli.Generation;

namespace Directions.Cli.Commands;

/// <summary>`directions generate --children N --seed S --out FILE [--as-of DATE]`: writes a synthetic caseload.</summary>
public static class GenerateCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var children = new Option<int>("--children")
        {
            Description = "How many children to make up (default 500).",
            DefaultValueFactory = _ => 500,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The random seed: the same seed and options give a byte-identical file (default 2025).",
            DefaultValueFactory = _ => 2025,
        };
        var output = new Option<string>("--out")
        {
            Description = "The file to write the caseload JSON to, or - for standard output.",
            Required = true,
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The last date records fall on, YYYY-MM-DD (default 2025-10-01).",
        };
        var command = new Command("generate", "Write a synthetic caseload (no real people: ids and codes only) in the case-data JSON format.")
        {
            children,
            seed,
            output,
            asOf,
        };
        command.SetAction(result => Run(
            result.GetValue(children), result.GetValue(seed), result.GetValue(output)!, result.GetValue(asOf), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Writes the caseload; 0 when written, 2 when the options are wrong or the file cannot be written.</summary>
    public static int Run(int children, int seed, string outPath, string? asOfText, TextWriter output, TextWriter error)
    {
        if (children < 0)
        {
            error.WriteLine($"--children: {children.ToString(CultureInfo.InvariantCulture)} is not a number of children (give 0 or more).");
            return 2;
        }

        var asOf = CaseloadGenerator.DefaultAsOf;
        if (asOfText is not null &&
            !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            error.WriteLine($"--as-of: '{asOfText}' is not a date (expected YYYY-MM-DD).");
            return 2;
        }

        var options = new CaseloadGeneratorOptions(children, seed, asOf);
        try
        {
            CaseloadGeneratorSummary summary;
            if (outPath == "-")
            {
                summary = CaseloadGenerator.Write(options, output);
                output.Flush();
                error.WriteLine(Describe(summary, "standard output", options));
                return 0;
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(outPath));
            if (folder is not null)
                Directory.CreateDirectory(folder);
            using (var writer = new StreamWriter(outPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                summary = CaseloadGenerator.Write(options, writer);
            output.WriteLine(Describe(summary, outPath, options));
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error.WriteLine($"{outPath}: error: I cannot write the caseload: {e.Message}");
            return 2;
        }
    }

    private static string Describe(CaseloadGeneratorSummary summary, string where, CaseloadGeneratorOptions options) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Wrote {summary.Children} children ({summary.Records} records), {summary.Workers} workers and {summary.Teams} teams to {where}: seed {options.Seed}, data up to {options.AsOf:yyyy-MM-dd}.");
}
