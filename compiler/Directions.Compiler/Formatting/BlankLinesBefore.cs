namespace Directions.Compiler.Formatting;

/// <summary>What blank lines the canonical layout puts before a line (and any comments above it).</summary>
internal enum BlankLinesBefore
{
    /// <summary>None: the lines of a rule, of a direction header and of a term stay together.</summary>
    None,

    /// <summary>As written, but never two in a row.</summary>
    AtMostOne,

    /// <summary>Exactly one before a direction, vocabulary or rule (none at the top of the file).</summary>
    One,
}
