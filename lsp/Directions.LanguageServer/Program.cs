namespace Directions.LanguageServer;

/// <summary>Runs the language server on standard input and output (also started by `directions lsp`).</summary>
public static class Program
{
    /// <summary>Serves until the client sends `exit` or closes the streams.</summary>
    public static async Task<int> Main() =>
        await LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), new LanguageServerOptions());
}
