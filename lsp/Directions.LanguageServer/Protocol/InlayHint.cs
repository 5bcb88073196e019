namespace Directions.LanguageServer.Protocol;

/// <summary>A note shown inside the text, such as "= 28 days".</summary>
public sealed record InlayHint(Position Position, string Label, bool? PaddingLeft = null, bool? PaddingRight = null, string? Tooltip = null);
