namespace Narrator.Text.Ssml;

/// <summary>What the enclosing elements set for the text inside them.</summary>
internal sealed record PieceSettings(SsmlProsody Prosody, string? Voice);
