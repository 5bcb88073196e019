using Directions.Compiler.Emit;

namespace Directions.Tests.Emit;

/// <summary>
/// Compiled assemblies are cached by a hash of their inputs: a second build of the same C# reads the cache
/// and never calls Roslyn (checked by the cache's count of Roslyn calls, and by the process-wide count).
/// </summary>
[Collection(EmitCollection.Name)]
public sealed class RuleAssemblyCacheTests(EmitFixture fixture) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("directions-cache-tests-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_second_build_comes_from_the_cache_without_calling_Roslyn()
    {
        var first = new RuleAssemblyCache(_folder.FullName);
        var compiled = first.GetOrCompile(fixture.BristolSource);
        Assert.False(compiled.FromCache);
        Assert.Equal(1, first.RoslynCompilations);
        Assert.Equal(fixture.BristolAssembly.Assembly, compiled.Assembly);

        var second = new RuleAssemblyCache(_folder.FullName);
        var before = RuleAssemblyCompiler.Compilations;
        var cached = second.GetOrCompile(fixture.BristolSource);

        Assert.True(cached.FromCache);
        Assert.Equal(0, second.RoslynCompilations);
        Assert.Equal(1, second.Hits);
        Assert.Equal(before, RuleAssemblyCompiler.Compilations);
        Assert.Equal(compiled.Assembly, cached.Assembly);
        Assert.Equal(compiled.Pdb, cached.Pdb);
        Assert.Empty(cached.Diagnostics);
    }

    [Fact]
    public void The_key_changes_with_the_generated_code_and_nothing_else_of_the_run()
    {
        var key = RuleAssemblyCache.Key(fixture.BristolSource);

        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.Equal(key, RuleAssemblyCache.Key(fixture.BristolSource with { }));
        Assert.NotEqual(key, RuleAssemblyCache.Key(fixture.BristolSource with { Text = fixture.BristolSource.Text + "\n" }));
        Assert.NotEqual(key, RuleAssemblyCache.Key(fixture.EveryConstructSource));
        Assert.NotEqual(key, RuleAssemblyCache.Key(fixture.BristolSource, sourceRoot: "/somewhere/else"));
    }

    [Fact]
    public void The_cache_folder_is_the_environment_variable_or_the_repository_root()
    {
        var previous = Environment.GetEnvironmentVariable(RuleAssemblyCache.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(RuleAssemblyCache.EnvironmentVariable, null);
            var inRepository = RuleAssemblyCache.DefaultFolder(TestSupport.Repository.PathOf("directions"));
            Assert.Equal(Path.Combine(TestSupport.Repository.Root, ".directions-cache"), inRepository);
        }
        finally
        {
            Environment.SetEnvironmentVariable(RuleAssemblyCache.EnvironmentVariable, previous);
        }

        Assert.Contains(".directions-cache/", File.ReadAllLines(TestSupport.Repository.PathOf(".gitignore")));
    }
}
