using Narrator.Core;

namespace Narrator.Text;

/// <summary>
/// Finds paragraphs: stretches of text separated by a blank line (two or more line breaks with
/// only whitespace between), a paragraph separator (U+2029) or a form feed. Single line breaks
/// are ordinary whitespace, so hard-wrapped text stays one paragraph.
/// </summary>
internal static class ParagraphScanner
{
    /// <summary>Paragraph ranges, trimmed of surrounding whitespace, in order.</summary>
    public static List<SourceRange> Find(string text)
    {
        var paragraphs = new List<SourceRange>();
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }

                i++;
                continue;
            }

            var whitespaceStart = i;
            var breaks = 0;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                breaks += LineBreakWeight(text, ref i);
                i++;
            }

            if (start >= 0 && (breaks >= 2 || i == text.Length))
            {
                paragraphs.Add(SourceRange.FromBounds(start, whitespaceStart));
                start = -1;
            }
        }

        if (start >= 0)
        {
            paragraphs.Add(SourceRange.FromBounds(start, text.Length));
        }

        return paragraphs;
    }

    /// <summary>How many line breaks the whitespace at <paramref name="i"/> counts for; steps over CR LF.</summary>
    private static int LineBreakWeight(string text, ref int i)
    {
        switch (text[i])
        {
            case '\r':
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                return 1;
            case '\n' or '\u0085' or '\u2028':
                return 1;
            case '\u2029' or '\f':
                return 2;
            default:
                return 0;
        }
    }
}
