using Directions.Cli.Commands;
using Directions.Runtime.Loading;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Emit;

/// <summary>`directions build --out DIR [--emit-cs]`: writes loadable rule assemblies, their PDBs and C#, and the second run reads the cache.</summary>
[Collection(EmitCollection.Name)]
public sealed class BuildCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("directions-build-out-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Build_writes_rule_assemblies_and_reads_them_from_the_cache_the_second_time()
    {
        var output = Path.Combine(_folder.FullName, "rules");
        var previous = Environment.GetEnvironmentVariable(Compiler.Emit.RuleAssemblyCache.EnvironmentVariable);
        Environment.SetEnvironmentVariable(Compiler.Emit.RuleAssemblyCache.EnvironmentVariable, Path.Combine(_folder.FullName, "cache"));
        try
        {
            var (first, firstText) = Run(output);
            var (second, secondText) = Run(output);

            Assert.True(first == 0, firstText);
            var count = System.Text.RegularExpressions.Regex.Match(firstText, @"(\d+) compiled with Roslyn, 0 from the cache").Groups[1].Value;
            Assert.NotEqual("", count);
            Assert.NotEqual("0", count);
            Assert.True(second == 0, secondText);
            Assert.Contains("bristol-cin 2021.1: " + Path.Combine(output, "Directions.Generated.Direction_bristol_cin_2021_1.dll") + " (from the cache)", secondText, StringComparison.Ordinal);
            Assert.Contains($"0 compiled with Roslyn, {count} from the cache", secondText, StringComparison.Ordinal);
            Assert.Matches(@"0 error\(s\), \d+ warning\(s\), \d+ rule assembl(y|ies) in .+\.$", secondText.TrimEnd());
        }
        finally
        {
            Environment.SetEnvironmentVariable(Compiler.Emit.RuleAssemblyCache.EnvironmentVariable, previous);
        }

        var name = "Directions.Generated.Direction_bristol_cin_2021_1";
        Assert.True(File.Exists(Path.Combine(output, name + ".pdb")));
        Assert.Contains("[assembly: CompiledDirection(typeof(Directions.Generated.Direction_bristol_cin_2021_1))]", File.ReadAllText(Path.Combine(output, name + ".g.cs")), StringComparison.Ordinal);
        Assert.Contains(RuleAssemblyLoader.LoadFolder(output), loaded => loaded.Manifest.Id == "bristol-cin");
    }

    [Fact]
    public void Emit_cs_without_out_is_refused()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = BuildCommand.Run([Repository.PathOf("directions")], [], output, error, new BuildOptions(null, EmitCSharp: true, NoCache: false));

        Assert.Equal(2, exitCode);
        Assert.Contains("--emit-cs", error.ToString(), StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Run(string folder)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = BuildCommand.Run([Repository.PathOf("directions")], [], output, error, new BuildOptions(folder, EmitCSharp: true, NoCache: false));
        return (exitCode, output + error.ToString());
    }
}
