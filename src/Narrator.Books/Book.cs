using Narrator.Phonemes.Pronunciation;

namespace Narrator.Books;

/// <summary>A manuscript read into chapters and blocks, ready to plan and narrate.</summary>
public sealed class Book
{
    /// <summary>The manuscript's path, as given to <see cref="BookReader.Read"/>.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Whether it was read as EPUB, Markdown or plain text.</summary>
    public required BookFormat Format { get; init; }

    /// <summary>The title from the metadata (EPUB, Markdown front matter), else the file name.</summary>
    public required string Title { get; init; }

    /// <summary>The author from the metadata; null when the book names none.</summary>
    public string? Author { get; init; }

    /// <summary>BCP 47 language tag when the source declares one ("en", "en-GB").</summary>
    public string? Language { get; init; }

    /// <summary>The chapters to narrate, in reading order; front and back matter only when asked for.</summary>
    public required IReadOnlyList<Chapter> Chapters { get; init; }

    /// <summary>The cover image an EPUB declares; null for none (and for Markdown and text).</summary>
    public BookCover? Cover { get; init; }

    /// <summary>Pronunciations the book itself carries (EPUB 3 PLS lexicons), applied to every chapter.</summary>
    public IReadOnlyList<PronunciationEntry> Lexicon { get; init; } = [];

    /// <summary>
    /// What the reader noticed but did not fail on, one line each: chapters skipped because they hold no
    /// text (images only), a text decoded as Windows-1252 because it was not valid UTF-8, and the like.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
