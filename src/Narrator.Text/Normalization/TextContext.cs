namespace Narrator.Text;

/// <summary>Where a piece of text stands in a book; some readings depend on it.</summary>
public enum TextContext
{
    /// <summary>Running text: paragraphs, dialogue, captions.</summary>
    Body,

    /// <summary>A chapter or section heading: bare Roman numerals read as cardinals ("XIV" → "fourteen").</summary>
    Heading,
}
