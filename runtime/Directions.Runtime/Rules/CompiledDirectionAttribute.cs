namespace Directions.Runtime.Rules;

/// <summary>Marks a rule assembly and names its <see cref="ICompiledDirection"/> type.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class CompiledDirectionAttribute(Type type) : Attribute
{
    /// <summary>The generated type that implements <see cref="ICompiledDirection"/>.</summary>
    public Type Type { get; } = type;
}
