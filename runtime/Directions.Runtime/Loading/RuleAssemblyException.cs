namespace Directions.Runtime.Loading;

/// <summary>
/// A rule assembly that cannot be used: not a .NET assembly, not a rule assembly (no
/// <c>[assembly: CompiledDirection]</c> or no valid manifest), or altered since it was compiled
/// (an embedded source whose SHA-256 does not match its manifest). Nothing of it stays loaded.
/// </summary>
public sealed class RuleAssemblyException : Exception
{
    /// <summary>Makes the exception for an assembly, named by where it came from.</summary>
    public RuleAssemblyException(string assembly, string problem, Exception? inner = null)
        : base($"{assembly}: {problem}", inner)
    {
        Assembly = assembly;
        Problem = problem;
    }

    /// <summary>Where the assembly came from: its path, or the name given with its bytes.</summary>
    public string Assembly { get; }

    /// <summary>What is wrong with it, in plain English.</summary>
    public string Problem { get; }
}
