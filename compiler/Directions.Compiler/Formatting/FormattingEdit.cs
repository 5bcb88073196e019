using Directions.Compiler.Text;

namespace Directions.Compiler.Formatting;

/// <summary>
/// One change the formatter makes: replace the text of <see cref="Span"/> (in the original text)
/// with <see cref="NewText"/>. Edits of one call never overlap and come in source order, so an
/// editor can apply them all at once (as an LSP TextEdit[] does).
/// </summary>
public sealed record FormattingEdit(TextSpan Span, string NewText);
