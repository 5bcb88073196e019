using System.Diagnostics;
using Directions.Compiler;
using Directions.Compiler.Emit;
using Directions.Compiler.Lowering;
using Directions.Compiler.Syntax;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Emit;

/// <summary>
/// The Bristol direction and the every-construct sample, planned, emitted and compiled once for all the
/// emit tests (Roslyn's first compile in a process costs seconds; the ones after it a fraction of that).
/// Sources are read with repository-relative paths, as `directions build` run from the root gives them.
/// </summary>
public sealed class EmitFixture
{
    public const string BristolPath = "directions/bristol-cin-2021.pd";
    public const string VocabularyPath = "directions/vocabulary.pd";
    public const string EveryConstructPath = "tests/Directions.Tests/Samples/every-construct.pd";

    public EmitFixture()
    {
        var compilation = DirectionCompilation.Create([Load(BristolPath), Load(VocabularyPath), Load(EveryConstructPath)]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        var plans = RulePlanner.Plan(compilation);
        Bristol = plans.Single(p => p.Manifest.Id == "bristol-cin");
        EveryConstruct = plans.Single(p => p.Manifest.Id == "every-construct");
        BristolSource = CSharpEmitter.Emit(Bristol);
        EveryConstructSource = CSharpEmitter.Emit(EveryConstruct);

        var stopwatch = Stopwatch.StartNew();
        BristolAssembly = RuleAssemblyCompiler.Compile(BristolSource);
        FirstCompile = stopwatch.Elapsed;
        EveryConstructAssembly = RuleAssemblyCompiler.Compile(EveryConstructSource);
        Assert.True(BristolAssembly.Success, string.Join("\n", BristolAssembly.Diagnostics));
        Assert.True(EveryConstructAssembly.Success, string.Join("\n", EveryConstructAssembly.Diagnostics));
    }

    public DirectionPlan Bristol { get; }

    public DirectionPlan EveryConstruct { get; }

    public GeneratedDirection BristolSource { get; }

    public GeneratedDirection EveryConstructSource { get; }

    public RuleAssemblyResult BristolAssembly { get; }

    public RuleAssemblyResult EveryConstructAssembly { get; }

    /// <summary>How long the first Roslyn compile in this process took (Bristol).</summary>
    public TimeSpan FirstCompile { get; }

    /// <summary>A file of the repository, parsed under its repository-relative path.</summary>
    public static SyntaxTree Load(string relativePath) =>
        SyntaxTree.Parse(File.ReadAllText(Repository.PathOf(relativePath.Split('/'))), relativePath);
}

/// <summary>The emit tests share one <see cref="EmitFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class EmitCollection : ICollectionFixture<EmitFixture>
{
    public const string Name = "Emit";
}
