namespace Directions.Compiler.Binding;

/// <summary>A condition of a vocabulary term, checked against the case-data schema. Its text is plain English.</summary>
public abstract record BoundCondition;
