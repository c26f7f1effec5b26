using Narrator.Phonemes.Pronunciation;

namespace Narrator.Books;

/// <summary>A manuscript read into chapters and blocks, ready to plan and narrate.</summary>
public sealed class Book
{
    public required string SourcePath { get; init; }

    public required BookFormat Format { get; init; }

    public required string Title { get; init; }

    public string? Author { get; init; }

    /// <summary>BCP 47 language tag when the source declares one ("en", "en-GB").</summary>
    public string? Language { get; init; }

    /// <summary>The chapters to narrate, in reading order; front and back matter only when asked for.</summary>
    public required IReadOnlyList<Chapter> Chapters { get; init; }

    public BookCover? Cover { get; init; }

    /// <summary>Pronunciations the book itself carries (EPUB 3 PLS lexicons), applied to every chapter.</summary>
    public IReadOnlyList<PronunciationEntry> Lexicon { get; init; } = [];

    /// <summary>
    /// What the reader noticed but did not fail on, one line each: chapters skipped because they hold no
    /// text (images only), a text decoded as Windows-1252 because it was not valid UTF-8, and the like.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
