namespace Narrator.Books.Dialogue;

/// <summary>Who speaks a stretch of a paragraph: the narrator, or a character in quoted (or em-dash) dialogue.</summary>
public enum SpeechKind
{
    Narration,
    Dialogue,
}
