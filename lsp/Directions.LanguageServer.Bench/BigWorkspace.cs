using System.Text;

namespace Directions.LanguageServer.Bench;

/// <summary>
/// A temporary workspace with the real vocabulary and one direction of at least the asked number of lines, made
/// by repeating the rules of the real bristol-cin-2021.pd under new names (so it compiles without errors).
/// </summary>
internal sealed record BigWorkspace(string Folder, string Path, string Text, int LineCount, List<int> RequirementLines)
{
    public static BigWorkspace Create(string repository, int lines)
    {
        var directions = System.IO.Path.Combine(repository, "directions");
        var source = File.ReadAllText(System.IO.Path.Combine(directions, "bristol-cin-2021.pd")).Replace("\r\n", "\n");
        var firstRule = source.IndexOf("\nrule ", StringComparison.Ordinal) + 1;
        var header = source[..firstRule];
        var rules = source[firstRule..].TrimEnd('\n') + "\n\n";
        var text = new StringBuilder(header);
        for (var copy = 1; text.ToString().Count(c => c == '\n') < lines; copy++)
            text.Append(rules.Replace("rule \"", $"rule \"{copy}. ", StringComparison.Ordinal));

        var folder = Directory.CreateTempSubdirectory("directions-lsp-bench-").FullName;
        File.Copy(System.IO.Path.Combine(directions, "vocabulary.pd"), System.IO.Path.Combine(folder, "vocabulary.pd"));
        var path = System.IO.Path.Combine(folder, "big.pd");
        var content = text.ToString();
        File.WriteAllText(path, content);
        var all = content.Split('\n');
        var requirementLines = all.Select((l, i) => (l, i))
            .Where(p => p.l.StartsWith("  ", StringComparison.Ordinal) && (p.l.Contains(" every ", StringComparison.Ordinal) || p.l.Contains(" within ", StringComparison.Ordinal)))
            .Select(p => p.i).ToList();
        return new BigWorkspace(folder, path, content, all.Length, requirementLines);
    }
}
