using System.Text;
using Directions.Compiler.Emit;
using Directions.Runtime.Loading;
using Directions.Runtime.Rules;

namespace Directions.Tests.Emit;

/// <summary>
/// The loader hands out only checked rule assemblies: with the CompiledDirection attribute, a valid
/// manifest, and sources whose SHA-256 matches the manifest; anything else is refused with a clear message.
/// </summary>
[Collection(EmitCollection.Name)]
public sealed class RuleAssemblyLoaderTests(EmitFixture fixture)
{
    [Fact]
    public void A_rule_assembly_loads_with_its_manifest_and_shares_the_hosts_runtime_types()
    {
        var loaded = RuleAssemblyLoader.Load(fixture.BristolAssembly.Assembly!, fixture.BristolAssembly.Pdb, "bristol");

        Assert.Equal("bristol-cin", loaded.Manifest.Id);
        Assert.Equal("2021.1", loaded.Manifest.Version);
        Assert.Equal(fixture.Bristol.Manifest.Sources.Select(s => (s.Path, s.Sha256)), loaded.Manifest.Sources.Select(s => (s.Path, s.Sha256)));
        Assert.IsAssignableFrom<ICompiledDirection>(loaded.Direction);
        Assert.Equal(12, loaded.Build().Rules.Length);
        Assert.True(System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(loaded.Assembly)!.IsCollectible);
        Assert.Same(typeof(RuleSpec).Assembly, System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(loaded.Assembly)!.LoadFromAssemblyName(typeof(RuleSpec).Assembly.GetName()));
        loaded.Unload();
    }

    [Fact]
    public void Loading_from_a_file_finds_the_pdb_beside_it()
    {
        var folder = Directory.CreateTempSubdirectory("directions-loader-");
        try
        {
            var dll = Path.Combine(folder.FullName, fixture.BristolAssembly.AssemblyFileName);
            File.WriteAllBytes(dll, fixture.BristolAssembly.Assembly!);
            File.WriteAllBytes(Path.ChangeExtension(dll, ".pdb"), fixture.BristolAssembly.Pdb!);

            var all = RuleAssemblyLoader.LoadFolder(folder.FullName);

            Assert.Equal("bristol-cin", Assert.Single(all).Manifest.Id);
            Assert.Equal(dll, all[0].Name);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_patched_byte_in_an_embedded_source_resource_is_refused()
    {
        // The manifest resource holds the source as UTF-8; change one letter of it.
        var patched = Patch(fixture.BristolAssembly.Assembly!, Encoding.UTF8.GetBytes("Bristol City Council, Practice Direction"));

        var error = Assert.Throws<RuleAssemblyException>(() => RuleAssemblyLoader.Load(patched, null, "patched.dll"));

        Assert.Contains("patched.dll: has been altered since it was compiled", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{EmitFixture.BristolPath}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_patched_byte_in_the_manifests_source_text_is_refused()
    {
        // The manifest's source text is a string literal, stored as UTF-16.
        var patched = Patch(fixture.BristolAssembly.Assembly!, Encoding.Unicode.GetBytes("Bristol City Council, Practice Direction"));

        var error = Assert.Throws<RuleAssemblyException>(() => RuleAssemblyLoader.Load(patched, null, "patched.dll"));

        Assert.Contains("has been altered since it was compiled: the text of 'directions/bristol-cin-2021.pd' in its manifest does not match", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_whose_hash_does_not_match_its_source_is_refused()
    {
        var sources = fixture.Bristol.Manifest.Sources;
        var wrong = fixture.Bristol with
        {
            Manifest = fixture.Bristol.Manifest with { Sources = sources.SetItem(1, sources[1] with { Sha256 = new string('0', 64) }) },
        };
        var compiled = RuleAssemblyCompiler.Compile(CSharpEmitter.Emit(wrong));
        Assert.True(compiled.Success);

        var error = Assert.Throws<RuleAssemblyException>(() => RuleAssemblyLoader.Load(compiled.Assembly!));

        Assert.Contains($"the text of '{EmitFixture.VocabularyPath}' in its manifest does not match the SHA-256 recorded for it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_with_no_compiled_direction_is_refused()
    {
        var bytes = File.ReadAllBytes(typeof(NodaTime.LocalDate).Assembly.Location);

        var error = Assert.Throws<RuleAssemblyException>(() => RuleAssemblyLoader.Load(bytes, null, "NodaTime.dll"));

        Assert.Equal("NodaTime.dll: is not a rule assembly: it has no [assembly: CompiledDirection(...)] attribute, so it holds no compiled direction. Build rule assemblies with 'directions build --out DIR'.", error.Message);
    }

    [Fact]
    public void Bytes_that_are_not_an_assembly_are_refused()
    {
        var error = Assert.Throws<RuleAssemblyException>(() => RuleAssemblyLoader.Load(Encoding.UTF8.GetBytes("direction \"x\""), null, "notes.txt"));

        Assert.Equal("notes.txt: is not a .NET assembly.", error.Message);
    }

    [Fact]
    public void A_missing_file_is_refused_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-rules-" + Guid.NewGuid().ToString("N") + ".dll");

        var error = Assert.Throws<RuleAssemblyException>(() => RuleAssemblyLoader.Load(path));

        Assert.StartsWith(path + ": cannot be read", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Patch(byte[] assembly, byte[] marker)
    {
        var copy = (byte[])assembly.Clone();
        var at = copy.AsSpan().IndexOf(marker);
        Assert.True(at >= 0, "marker not found in the assembly");
        Assert.True(copy.AsSpan(at + marker.Length).IndexOf(marker) < 0, "marker found twice in the assembly");
        copy[at] = (byte)'b'; // "Bristol" becomes "bristol"
        return copy;
    }
}
