using System.Globalization;
using System.Text;

namespace Directions.Cli.Generation;

/// <summary>What to generate: how many children, from which seed, with data up to which date.</summary>
/// <param name="Children">The number of children.</param>
/// <param name="Seed">The seed: the same seed and options give byte-identical output.</param>
/// <param name="AsOf">The last date records fall on (the extraction date).</param>
public sealed record CaseloadGeneratorOptions(int Children, int Seed, DateOnly AsOf);

/// <summary>What was generated.</summary>
/// <param name="Children">The number of children.</param>
/// <param name="Teams">The number of teams.</param>
/// <param name="Workers">The number of workers.</param>
/// <param name="Records">The number of records over all the children's tables.</param>
public sealed record CaseloadGeneratorSummary(int Children, int Teams, int Workers, int Records);

/// <summary>
/// A deterministic synthetic caseload in the canonical case-data JSON (runtime/README.md, "Case
/// data"): teams of several service areas, workers of several roles, and children with realistic
/// histories (see <see cref="ChildHistory"/>). Ids only, never names: nothing in it is about a
/// real person. Each child draws from its own random stream of the seed, so changing one child's
/// rules does not reshuffle the others.
/// </summary>
public static class CaseloadGenerator
{
    /// <summary>The as-of date used when none is given: data runs up to 1 October 2025.</summary>
    public static DateOnly DefaultAsOf { get; } = new(2025, 10, 1);

    /// <summary>Where the children's second streams start (see <see cref="ChildHistory"/>): far from the first; the third streams start twice as far.</summary>
    private const long ExtraStreams = 1L << 40;

    /// <summary>Generates the caseload as JSON text (with "\n" line ends whatever the platform).</summary>
    public static string Generate(CaseloadGeneratorOptions options)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(options, text);
        return text.ToString();
    }

    /// <summary>Writes the caseload as JSON, a child at a time, and says what it holds.</summary>
    public static CaseloadGeneratorSummary Write(CaseloadGeneratorOptions options, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Children);

        var workforce = new Workforce(options.Children, Rng.For(options.Seed, -1), Rng.For(options.Seed, -2));
        var output = new StringBuilder();
        output.Append("{\n");
        output.Append("  \"format\": \"directions-caseload\",\n");
        output.Append("  \"version\": 1,\n");
        output.Append(CultureInfo.InvariantCulture, $"  \"extracted\": \"{options.AsOf:yyyy-MM-dd}\",\n");

        output.Append("  \"teams\": [\n");
        for (var i = 0; i < workforce.Teams.Count; i++)
        {
            var team = workforce.Teams[i];
            output.Append("    ");
            GeneratedRow.WriteObject(output, [("id", team.Id), ("service_area", team.ServiceArea)]);
            output.Append(i + 1 < workforce.Teams.Count ? ",\n" : "\n");
        }

        output.Append("  ],\n  \"workers\": [\n");
        for (var i = 0; i < workforce.Workers.Count; i++)
        {
            var worker = workforce.Workers[i];
            output.Append("    ");
            GeneratedRow.WriteObject(output, [("id", worker.Id), ("role", worker.Role), ("qualified", worker.Qualified), ("registered", worker.Registered), ("team", worker.Team)]);
            output.Append(i + 1 < workforce.Workers.Count ? ",\n" : "\n");
        }

        output.Append("  ],\n  \"children\": [\n");
        var width = Math.Max(4, options.Children.ToString(CultureInfo.InvariantCulture).Length);
        var records = 0;
        for (var i = 0; i < options.Children; i++)
        {
            var id = "C" + (i + 1).ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var child = ChildHistory.Make(id, Rng.For(options.Seed, i), Rng.For(options.Seed, ExtraStreams + i), Rng.For(options.Seed, 2 * ExtraStreams + i), workforce, options.AsOf);
            records += child.RecordCount;
            child.Write(output, "    ");
            output.Append(i + 1 < options.Children ? ",\n" : "\n");
            writer.Write(output);
            output.Clear();
        }

        output.Append("  ]\n}\n");
        writer.Write(output);
        return new CaseloadGeneratorSummary(options.Children, workforce.Teams.Count, workforce.Workers.Count, records);
    }
}
