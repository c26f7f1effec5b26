using System.Globalization;
using System.Text;

namespace Narrator.Phonemes;

/// <summary>
/// Splits text into words (letters, digits and marks of any script, with inner apostrophes and
/// hyphens), clause punctuation (, . ; : ! ? and their full-width forms; … counts as .) and runs of
/// symbols. Whitespace, quotes, brackets, dashes and control characters only separate tokens.
/// </summary>
internal static class LexiconTokenizer
{
    public static List<LexiconToken> Tokenize(string text)
    {
        var tokens = new List<LexiconToken>();
        var word = new StringBuilder();
        var symbols = new StringBuilder();
        void Flush()
        {
            if (word.Length > 0)
            {
                tokens.Add(new(LexiconTokenKind.Word, word.ToString().Trim('-')));
                word.Clear();
            }

            if (symbols.Length > 0)
            {
                tokens.Add(new(LexiconTokenKind.Symbol, symbols.ToString()));
                symbols.Clear();
            }
        }

        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (ToPunctuation(rune) is { } mark)
            {
                Flush();
                tokens.Add(new(LexiconTokenKind.Punctuation, mark.ToString()));
            }
            else if (Rune.IsLetterOrDigit(rune) || IsWordJoiner(rune)
                     || (IsMark(category) && word.Length > 0))
            {
                if (symbols.Length > 0) { Flush(); }
                word.Append(rune.ToString());
            }
            else if (rune.Value is '&' or '%' or '@' or '#' || category is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol
                     or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                     or UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber)
            {
                if (word.Length > 0) { Flush(); }
                symbols.Append(rune.ToString());
            }
            else if (symbols.Length > 0 && (IsMark(category) || category == UnicodeCategory.Format))
            {
                continue; // emoji variation selectors and zero-width joiners stay inside the run
            }
            else
            {
                Flush();
            }
        }

        Flush();
        tokens.RemoveAll(t => t.Text.Length == 0);
        return tokens;
    }

    private static bool IsMark(UnicodeCategory c) =>
        c is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsWordJoiner(Rune r) => r.Value is '\'' or '’' or 'ʼ' or '-' or '‐';

    private static char? ToPunctuation(Rune r) => r.Value switch
    {
        ',' or '，' or '、' => ',',
        '.' or '。' or '…' => '.',
        ';' or '；' => ';',
        ':' or '：' => ':',
        '!' or '！' => '!',
        '?' or '？' => '?',
        _ => null,
    };
}
