using Narrator.Books;

namespace Narrator.Rendering.Planning;

/// <summary>Opening and closing credits, as ACX asks for: who wrote the book and who narrates it.</summary>
public sealed record Credits(string? Narrator)
{
    public string Opening(Book book) => Byline(book);

    public string Closing(Book book) => $"This has been {Byline(book)} The End.";

    private string Byline(Book book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var written = book.Author is { Length: > 0 } author ? $", written by {author}" : string.Empty;
        var narrated = Narrator is { Length: > 0 } name ? $" Narrated by {name}." : string.Empty;
        return $"{book.Title}{written}.{narrated}";
    }
}
