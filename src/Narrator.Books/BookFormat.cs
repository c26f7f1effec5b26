namespace Narrator.Books;

public enum BookFormat
{
    Epub,
    Markdown,
    PlainText,
}
