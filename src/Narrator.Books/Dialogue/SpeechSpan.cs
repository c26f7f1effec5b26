namespace Narrator.Books.Dialogue;

/// <summary>
/// A stretch of one block's text spoken by one voice. <see cref="Start"/> is the offset of <see cref="Text"/>
/// in <see cref="Block.Text"/>; dialogue keeps its quotation marks. <see cref="Speaker"/> is the character's
/// name (as <see cref="CastSummary"/> lists it) for attributed dialogue, null for narration and for
/// dialogue whose speaker the text does not make clear.
/// </summary>
public sealed record SpeechSpan(SpeechKind Kind, int Start, string Text)
{
    /// <summary>The character who speaks this dialogue; null for narration and for dialogue the text does not attribute.</summary>
    public string? Speaker { get; init; }
}
