using Directions.Compiler;
using Directions.Compiler.Emit;
using Directions.Compiler.Lowering;

namespace Directions.Tests.Emit;

/// <summary>The same inputs give the same C# and byte-identical rule assemblies and PDBs.</summary>
[Collection(EmitCollection.Name)]
public sealed class DeterminismTests(EmitFixture fixture)
{
    [Fact]
    public void Emitting_twice_from_fresh_compilations_gives_the_same_csharp()
    {
        var compilation = DirectionCompilation.Create([EmitFixture.Load(EmitFixture.BristolPath), EmitFixture.Load(EmitFixture.VocabularyPath)]);
        var again = CSharpEmitter.Emit(RulePlanner.Plan(compilation).Single());

        Assert.Equal(fixture.BristolSource.Text, again.Text);
        Assert.Equal(fixture.BristolSource.AssemblyName, again.AssemblyName);
    }

    [Fact]
    public void Compiling_twice_gives_byte_identical_assembly_and_pdb()
    {
        var again = RuleAssemblyCompiler.Compile(fixture.BristolSource);

        Assert.True(again.Success);
        Assert.Equal(fixture.BristolAssembly.Assembly, again.Assembly);
        Assert.Equal(fixture.BristolAssembly.Pdb, again.Pdb);
    }

    [Fact]
    public void Generated_csharp_has_no_timestamps_guids_or_machine_paths()
    {
        var text = fixture.BristolSource.Text + fixture.EveryConstructSource.Text;

        Assert.DoesNotMatch(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", text);
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetCurrentDirectory(), text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }
}
