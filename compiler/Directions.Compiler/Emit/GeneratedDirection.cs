using Directions.Compiler.Lowering;

namespace Directions.Compiler.Emit;

/// <summary>
/// The C# a direction version was lowered to, ready for Roslyn: the generated class, the name of the
/// assembly it becomes, the file name the source goes by (in the PDB and with <c>--emit-cs</c>), the
/// text, and the plan it came from (for the manifest's source files and the line mapping).
/// </summary>
public sealed record GeneratedDirection(string ClassName, string AssemblyName, string FileName, string Text, DirectionPlan Plan)
{
    /// <summary>The fully qualified name of the class that implements <c>ICompiledDirection</c>.</summary>
    public string FullClassName => CSharpEmitter.Namespace + "." + ClassName;
}
