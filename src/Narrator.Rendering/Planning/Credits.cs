using Narrator.Books;

namespace Narrator.Rendering.Planning;

/// <summary>
/// Opening and closing credits, as ACX asks for: who wrote the book and who narrates it, saying that the voice is
/// synthetic (and, for a voice made from a person's recordings, whose it is and that they consented).
/// </summary>
public sealed record Credits(string? Narrator)
{
    /// <summary>The narrating voice was made from a person's recordings (it came through the consent gate). Set by the renderer.</summary>
    public bool OfAPerson { get; internal init; }

    /// <summary>The opening credit read before the first chapter: the title, the author and who narrates.</summary>
    public string Opening(Book book) => Byline(book);

    /// <summary>The closing credit read after the last chapter: "This has been …" and "The End."</summary>
    public string Closing(Book book) => $"This has been {Byline(book)} The End.";

    /// <summary>The sentence that tells a listener the narration is synthetic; also the audiobook's comment.</summary>
    public static string Disclosure(string? narrator, bool ofAPerson) => (narrator, ofAPerson) switch
    {
        ({ Length: > 0 } name, true) => $"Narrated by a synthetic voice of {name}, made with their consent.",
        ({ Length: > 0 } name, false) => $"Narrated by {name}, a synthetic voice.",
        _ => "Narrated by a synthetic voice.",
    };

    private string Byline(Book book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var written = book.Author is { Length: > 0 } author ? $", written by {author}" : string.Empty;
        return $"{book.Title}{written}. {Disclosure(Narrator, OfAPerson)}";
    }
}
