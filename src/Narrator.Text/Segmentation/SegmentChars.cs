namespace Narrator.Text;

/// <summary>Character classes the segmenter relies on.</summary>
internal static class SegmentChars
{
    /// <summary>Marks that can end a sentence: . ! ? … and their relatives, plus CJK terminators.</summary>
    public static bool IsTerminal(char c) =>
        c is '.' or '…' || IsStrongTerminal(c);

    /// <summary>Marks that end a sentence unless a lowercase word follows: ! ? ‼ ⁇ ⁈ ⁉ ‽ and CJK ones.</summary>
    public static bool IsStrongTerminal(char c) =>
        c is '!' or '?' or '‼' or '⁇' or '⁈' or '⁉' or '‽' || IsCjkTerminal(c);

    /// <summary>Ideographic full stop and full-width ! ?: they end a sentence without a following space.</summary>
    public static bool IsCjkTerminal(char c) => c is '。' or '｡' or '！' or '？';

    /// <summary>Closing quotes, brackets and emphasis marks that belong to the sentence they end.</summary>
    public static bool IsCloser(char c) => c is
        '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}' or '*' or '_'
        or '）' or '］' or '｝' or '」' or '』' or '】' or '〕' or '〉' or '》' or '〗' or '〙' or '〛';

    /// <summary>Clause punctuation that ranks above the comma when a long sentence is split.</summary>
    public static bool IsStrongClauseMark(char c) =>
        c is ';' or ':' or '—' or '–' or '―' or '…' or '；' or '：' || IsStrongTerminal(c);

    public static bool IsComma(char c) => c is ',' or '、' or '，' or '､';

    /// <summary>CJK clause marks, after which a split needs no following space.</summary>
    public static bool IsCjkClauseMark(char c) => c is '、' or '，' or '､' or '；' or '：';

    /// <summary>True where cutting before <paramref name="index"/> would tear a character apart.</summary>
    public static bool IsInsideCharacter(string text, int index) =>
        char.IsLowSurrogate(text[index])
        || char.GetUnicodeCategory(text[index]) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.EnclosingMark
        || text[index] == '\u200D'
        || (text[index] is >= '\uFE00' and <= '\uFE0F');
}
