namespace Narrator.Books;

/// <summary>The kind of file a manuscript was read from, chosen by its extension (a zip archive with another extension is read as EPUB, anything else as text).</summary>
public enum BookFormat
{
    /// <summary>EPUB 2 or 3 (<c>.epub</c>): chapters from the contents (nav or NCX).</summary>
    Epub,
    /// <summary>Markdown (<c>.md</c>, <c>.markdown</c>): chapters from headings.</summary>
    Markdown,
    /// <summary>Plain text (<c>.txt</c>): chapters from lines that look like chapter headings.</summary>
    PlainText,
}
