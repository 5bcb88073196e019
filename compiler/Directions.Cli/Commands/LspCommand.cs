using System.CommandLine;
using Directions.LanguageServer;

namespace Directions.Cli.Commands;

/// <summary>
/// `directions lsp`: runs the language server on standard input and output, for editors (the VS Code
/// extension, Neovim's vim.lsp). Nothing else is written to standard output while it runs.
/// </summary>
public static class LspCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var command = new Command("lsp", "Run the Directions language server on standard input and output (for editors).");
        command.SetAction((_, cancellationToken) =>
            LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), new LanguageServerOptions()));
        return command;
    }
}
