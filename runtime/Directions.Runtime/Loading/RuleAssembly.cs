using System.Reflection;
using System.Runtime.Loader;
using Directions.Runtime.Rules;
using Directions.Runtime.Time;

namespace Directions.Runtime.Loading;

/// <summary>
/// A rule assembly loaded and checked by <see cref="RuleAssemblyLoader"/>: its compiled direction, whose
/// manifest's hashes match its sources. It lives in its own collectible load context; call
/// <see cref="Unload"/> (and drop every spec built from it) to let it go.
/// </summary>
public sealed class RuleAssembly
{
    private readonly AssemblyLoadContext _context;

    internal RuleAssembly(string name, AssemblyLoadContext context, Assembly assembly, ICompiledDirection direction)
    {
        Name = name;
        _context = context;
        Assembly = assembly;
        Direction = direction;
        Manifest = direction.Manifest;
    }

    /// <summary>Where it came from: its path, or the name given with its bytes.</summary>
    public string Name { get; }

    /// <summary>The loaded assembly.</summary>
    public Assembly Assembly { get; }

    /// <summary>The generated type that builds the direction's rules.</summary>
    public ICompiledDirection Direction { get; }

    /// <summary>The direction's manifest: id, version, dates, compiler version, sources with their hashes.</summary>
    public DirectionManifest Manifest { get; }

    /// <summary>Builds the direction's rules for <see cref="RuleEvaluator"/>, counting working days in <paramref name="calendar"/> (England and Wales by default).</summary>
    public DirectionSpec Build(WorkingDayCalendar? calendar = null) => Direction.Build(calendar ?? WorkingDayCalendar.EnglandAndWales);

    /// <summary>Starts unloading the assembly; it goes once nothing refers to it or to a spec built from it.</summary>
    public void Unload() => _context.Unload();

    /// <inheritdoc />
    public override string ToString() => $"{Manifest.Id} {Manifest.Version} ({Name})";
}
