namespace Narrator.Text.Normalization;

/// <summary>Splits text into words, digit runs, spaces and single symbols, each with its source range.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var c = text[i];
            TokenKind kind;
            if (char.IsWhiteSpace(c))
            {
                kind = TokenKind.Space;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                kind = TokenKind.Number;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
            else if (IsLetter(text, i))
            {
                kind = TokenKind.Word;
                i = ScanWord(text, i);
            }
            else
            {
                kind = TokenKind.Symbol;
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }

            tokens.Add(new Token(kind, start, i - start, text[start..i]));
        }

        return tokens;
    }

    private static int ScanWord(string text, int i)
    {
        while (i < text.Length)
        {
            if (IsLetter(text, i) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                i += char.IsHighSurrogate(text[i]) ? 2 : 1;
            }
            else if (text[i] is '\'' or '\u2019' or '-' && i + 1 < text.Length && IsLetter(text, i + 1))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return Math.Min(i, text.Length);
    }

    private static bool IsLetter(string text, int i) =>
        char.IsLetter(text[i]) || (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLetter(text, i));
}
