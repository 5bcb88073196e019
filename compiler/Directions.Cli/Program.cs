using System.CommandLine;
using Directions.Cli.Commands;

namespace Directions.Cli;

/// <summary>The `directions` command line: build, and (in later stages) check, test, fmt, lsp.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit code.</summary>
    public static int Main(string[] args)
    {
        var root = new RootCommand("Directions: compile and check the practice directions of children's social care.")
        {
            BenchCommand.Create(),
            BuildCommand.Create(),
            CheckCommand.Create(),
            DiffCommand.Create(),
            ExplainCommand.Create(),
            FmtCommand.Create(),
            GenerateCommand.Create(),
            ImpactCommand.Create(),
            LspCommand.Create(),
            RenderCommand.Create(),
            TestCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
