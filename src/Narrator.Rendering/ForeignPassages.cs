using Narrator.Books;

namespace Narrator.Rendering;

/// <summary>
/// Passages (blocks) in a language other than the voice's and the book's. One written in a script
/// the voice does not read (a Hebrew or Japanese paragraph in an English book) would come out as
/// "foreign word, foreign word…": it is left out, and named, so the publisher can have it read by
/// another voice or accept the gap. One declared in another language but written in the voice's
/// script (a French quotation, <c>xml:lang="fr"</c>) is read in the voice's own pronunciation, as a
/// narrator without that language would, and named too.
/// </summary>
public sealed class ForeignPassages
{
    /// <summary>Notes beyond this many are summed up in one line.</summary>
    public const int MaxNotes = 20;

    private readonly string? _voiceLanguage;
    private readonly string? _voiceScript;
    private readonly string? _bookLanguage;
    private readonly string? _bookScript;

    private ForeignPassages(string voiceLanguage, string? bookLanguage)
    {
        _voiceLanguage = BookLanguage.Primary(voiceLanguage);
        _voiceScript = BookLanguage.ScriptOf(voiceLanguage);
        _bookLanguage = bookLanguage;
        _bookScript = BookLanguage.ScriptOf(bookLanguage);
    }

    /// <summary>The check for <paramref name="book"/> read by a voice speaking <paramref name="voiceLanguage"/>.</summary>
    public static ForeignPassages For(Book book, string voiceLanguage)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(voiceLanguage);
        return new ForeignPassages(voiceLanguage, BookLanguage.Of(book).Language);
    }

    /// <summary>True when the voice cannot read <paramref name="block"/>'s script: it is left out of the audio.</summary>
    public bool LeavesOut(Block block) => Check(block) is { LeftOut: true };

    /// <summary>One line per passage left out or read in a foreign language, chapter and source line named; at most <see cref="MaxNotes"/> and a count of the rest.</summary>
    public IReadOnlyList<string> Notes(IEnumerable<Chapter> chapters)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        var notes = new List<string>();
        var more = 0;
        foreach (var chapter in chapters)
        {
            foreach (var block in chapter.Blocks)
            {
                if (Check(block) is not { } passage)
                {
                    continue;
                }

                if (notes.Count == MaxNotes)
                {
                    more++;
                    continue;
                }

                var where = $"Chapter {chapter.Index} '{chapter.Title}' ({block.Location.File} line {block.Location.Line})";
                notes.Add(passage.LeftOut
                    ? $"{where}: a passage in '{passage.Language}' ('{Quote(block.Text)}') is left out: the voice speaks '{_voiceLanguage}' and cannot read its script."
                    : $"{where}: a passage in '{passage.Language}' ('{Quote(block.Text)}') is read with the voice's '{_voiceLanguage}' pronunciation.");
            }
        }

        if (more > 0)
        {
            notes.Add($"… and {more} more passage(s) in another language.");
        }

        return notes;
    }

    private (string Language, bool LeftOut)? Check(Block block)
    {
        if (!block.Text.Any(char.IsLetter))
        {
            return null;
        }

        var script = BookLanguage.FromScript([block.Text]);
        var declared = BookLanguage.Primary(block.Language);
        if (script != _voiceScript && script != _bookScript)
        {
            return (declared ?? script ?? "a Latin-script language", true);
        }

        return declared is not null && declared != _voiceLanguage && declared != _bookLanguage ? (declared, false) : null;
    }

    private static string Quote(string text) => text.Length <= 40 ? text : text[..40].TrimEnd() + "…";
}
