namespace Directions.LanguageServer.Bench;

/// <summary>The benchmark's few command-line options.</summary>
internal static class Options
{
    /// <summary>The integer after <paramref name="name"/>, or the default.</summary>
    public static int Int(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value > 0 ? value : fallback;
    }
}
