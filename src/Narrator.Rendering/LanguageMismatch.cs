using Narrator.Books;

namespace Narrator.Rendering;

/// <summary>A book in a language the voice does not speak would be read as noise ("foreign word…"): say so before rendering.</summary>
public static class LanguageMismatch
{
    /// <summary>Why <paramref name="book"/> does not suit a voice speaking <paramref name="voiceLanguage"/>; null when it does or its language is unknown.</summary>
    public static string? Find(Book book, string voiceLanguage)
    {
        ArgumentNullException.ThrowIfNull(book);
        var (language, source) = BookLanguage.Of(book);
        return language is null || string.Equals(language, voiceLanguage, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"'{book.SourcePath}' is in language '{language}' (from {source}), but the voice speaks '{voiceLanguage}': choose a voice that speaks '{language}'";
    }
}
