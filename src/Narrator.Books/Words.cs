namespace Narrator.Books;

internal static class Words
{
    /// <summary>Whitespace-separated tokens holding at least one letter or digit.</summary>
    public static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        var hasLetter = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                count += inWord && hasLetter ? 1 : 0;
                inWord = hasLetter = false;
                continue;
            }

            inWord = true;
            hasLetter |= char.IsLetterOrDigit(c);
        }

        return count + (inWord && hasLetter ? 1 : 0);
    }
}
