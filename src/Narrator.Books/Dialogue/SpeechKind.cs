namespace Narrator.Books.Dialogue;

/// <summary>Who speaks a stretch of a paragraph: the narrator, or a character in quoted (or em-dash) dialogue.</summary>
public enum SpeechKind
{
    /// <summary>Text read by the narrator.</summary>
    Narration,
    /// <summary>A quotation read by the character who speaks it (or the dialogue voice).</summary>
    Dialogue,
}
