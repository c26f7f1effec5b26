namespace Narrator.Text;

/// <summary>
/// Whether a run of terminal marks ends a sentence, judged by the marks, the word before them and
/// the first letter or digit after them. A lowercase word after any mark continues the sentence
/// ("Stop!" she cried; Wait... what?; e.g. this); after a single period, abbreviations, initials
/// and list numbers keep the sentence going.
/// </summary>
internal sealed class SentenceEndRules(AbbreviationRules abbreviations)
{
    private const int MaxOpenersSkipped = 8;

    private enum Next
    {
        Lowercase,
        Letter,
        Digit,
        Terminal,
        Other,
    }

    public bool EndsSentence(string text, TerminalRun run, int paragraphEnd)
    {
        var next = Classify(text, run.Next, paragraphEnd);
        if (next is Next.Lowercase or Next.Terminal)
        {
            return false;
        }

        var isSinglePeriod = run.End - run.Start == 1 && text[run.Start] == '.';
        if (!isSinglePeriod)
        {
            return true; // ! ? runs, ellipses, CJK marks
        }

        var word = WordBefore(text, run.SentenceStart, run.Start);
        if (next == Next.Digit)
        {
            return !abbreviations.KeepsSentenceBeforeNumber(word);
        }

        if (IsListNumber(word) && word.Length == run.Start - run.SentenceStart)
        {
            return false; // "1. Buy milk": the number alone is not a sentence
        }

        return !abbreviations.KeepsSentenceBeforeWord(word);
    }

    /// <summary>The word ending at <paramref name="end"/>, without leading quotes and brackets.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int sentenceStart, int end)
    {
        var start = end;
        while (start > sentenceStart && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        return text.AsSpan(start, end - start);
    }

    private static bool IsListNumber(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 3 && !word.ContainsAnyExceptInRange('0', '9');

    /// <summary>The first letter or digit at <paramref name="index"/>, after opening quotes or brackets.</summary>
    private static Next Classify(string text, int index, int end)
    {
        for (var i = index; i < end && i < index + MaxOpenersSkipped; i++)
        {
            var c = text[i];
            if (char.IsLower(c))
            {
                return Next.Lowercase;
            }

            if (char.IsLetter(c))
            {
                return Next.Letter;
            }

            if (char.IsDigit(c))
            {
                return Next.Digit;
            }

            if (SegmentChars.IsTerminal(c))
            {
                return i == index ? Next.Terminal : Next.Other;
            }

            if (char.IsWhiteSpace(c))
            {
                break;
            }
        }

        return Next.Other;
    }
}
