using System.Globalization;

namespace Narrator.Books;

/// <summary>
/// The language a book is written in: its declared language (EPUB <c>dc:language</c>, Markdown front
/// matter, a Gutenberg header) reduced to its primary subtag, or, when the text is mostly in a script
/// other than Latin, the language that script suggests.
/// </summary>
public static class BookLanguage
{
    private const int SampleLetters = 20_000;

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["English"] = "en", ["French"] = "fr", ["German"] = "de", ["Spanish"] = "es", ["Italian"] = "it",
        ["Portuguese"] = "pt", ["Dutch"] = "nl", ["Latin"] = "la", ["Finnish"] = "fi", ["Swedish"] = "sv",
        ["Danish"] = "da", ["Norwegian"] = "no", ["Polish"] = "pl", ["Russian"] = "ru", ["Greek"] = "el",
        ["Hebrew"] = "he", ["Arabic"] = "ar", ["Chinese"] = "zh", ["Japanese"] = "ja", ["Korean"] = "ko",
        ["Hungarian"] = "hu", ["Czech"] = "cs", ["Esperanto"] = "eo", ["Welsh"] = "cy", ["Irish"] = "ga",
    };

    /// <summary>"en-GB" → "en", "English" → "en", "fr" → "fr"; null when absent or unrecognized.</summary>
    public static string? Primary(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }

        var text = declared.Trim();
        if (Names.TryGetValue(text, out var code))
        {
            return code;
        }

        // "und", "mul", "mis", "zxx": undetermined, several, uncoded, no language: as good as none.
        var tag = text.Split('-', '_')[0].ToLowerInvariant();
        return tag.Length is 2 or 3 && tag.All(char.IsAsciiLetterLower) && tag is not ("und" or "mul" or "mis" or "zxx") ? tag : null;
    }

    /// <summary>The book's language: the script of its text when that is not Latin, else the declared one.</summary>
    public static (string? Language, string Source) Of(Book book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var script = FromScript(book.Chapters.SelectMany(c => c.Blocks).Select(b => b.Text));
        return script is not null ? (script, "its text's script") : (Primary(book.Language), "its declared language");
    }

    /// <summary>The language a non-Latin script suggests when most letters are in it; null for Latin text.</summary>
    public static string? FromScript(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var letters = 0;
        foreach (var c in texts.SelectMany(t => t))
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            var language = ScriptLanguage(c);
            counts[language] = counts.GetValueOrDefault(language) + 1;
            if (letters >= SampleLetters)
            {
                break;
            }
        }

        // Japanese writes kanji (counted as Chinese) among its kana: any real share of kana makes it Japanese.
        if (counts.GetValueOrDefault("ja") * 10 > letters && counts.GetValueOrDefault("ja") + counts.GetValueOrDefault("zh") > letters / 2)
        {
            return "ja";
        }

        var top = counts.OrderByDescending(p => p.Value).FirstOrDefault();
        return letters > 0 && top.Key is not (null or "latin") && top.Value * 2 > letters ? top.Key : null;
    }

    /// <summary>
    /// What <see cref="FromScript"/> says for text written in <paramref name="language"/>'s usual
    /// script ("uk" → "ru" for Cyrillic, "fa" → "ar" for Arabic script); null for Latin-script languages.
    /// </summary>
    public static string? ScriptOf(string? language) => Primary(language) switch
    {
        "el" => "el",
        "ru" or "uk" or "be" or "bg" or "sr" or "mk" or "kk" or "ky" or "mn" or "tg" or "tt" => "ru",
        "he" or "yi" => "he",
        "ar" or "fa" or "ur" or "ps" or "ug" or "sd" => "ar",
        "hi" or "mr" or "ne" or "sa" => "hi",
        "th" => "th",
        "ja" => "ja",
        "zh" or "yue" => "zh",
        "ko" => "ko",
        _ => null,
    };

    private static string ScriptLanguage(char c) => c switch
    {
        >= '\u0370' and <= '\u03FF' => "el",
        >= '\u0400' and <= '\u04FF' => "ru",
        >= '\u0590' and <= '\u05FF' => "he",
        >= '\u0600' and <= '\u06FF' => "ar",
        >= '\u0900' and <= '\u097F' => "hi",
        >= '\u0E00' and <= '\u0E7F' => "th",
        >= '\u3040' and <= '\u30FF' => "ja",
        >= '\u4E00' and <= '\u9FFF' => "zh",
        >= '\uAC00' and <= '\uD7AF' => "ko",
        _ => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherLetter ? "other" : "latin",
    };
}
