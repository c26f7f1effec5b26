using Narrator.Core;

namespace Narrator.Text;

/// <summary>
/// Finds sentence ends inside one paragraph in a single left-to-right pass. A sentence ends after
/// a run of terminal marks (. ! ? … and CJK 。！？) plus any closing quotes or brackets, when
/// whitespace follows (CJK marks need none) and <see cref="SentenceEndRules"/> agrees.
/// </summary>
internal sealed class SentenceScanner
{
    private readonly SentenceEndRules rules;

    public SentenceScanner(AbbreviationRules abbreviations)
    {
        rules = new SentenceEndRules(abbreviations);
    }

    /// <summary>Sentence ranges, trimmed, that together cover the (trimmed) paragraph.</summary>
    public List<SourceRange> Find(string text, SourceRange paragraph)
    {
        var sentences = new List<SourceRange>();
        var end = paragraph.End;
        var sentenceStart = paragraph.Start;
        var i = paragraph.Start;
        while (i < end)
        {
            if (!SegmentChars.IsTerminal(text[i]))
            {
                i++;
                continue;
            }

            var run = i;
            var cjk = false;
            while (i < end && SegmentChars.IsTerminal(text[i]))
            {
                cjk |= SegmentChars.IsCjkTerminal(text[i]);
                i++;
            }

            var runEnd = i;
            while (i < end && SegmentChars.IsCloser(text[i]))
            {
                i++;
            }

            var boundary = i;
            if (boundary >= end)
            {
                break;
            }

            if (!char.IsWhiteSpace(text[boundary]) && !cjk)
            {
                continue;
            }

            var next = boundary;
            while (char.IsWhiteSpace(text[next]))
            {
                next++; // the paragraph is trimmed, so a non-whitespace character follows
            }

            var mark = new TerminalRun(sentenceStart, run, runEnd, next);
            if (rules.EndsSentence(text, mark, end))
            {
                sentences.Add(SourceRange.FromBounds(sentenceStart, boundary));
                sentenceStart = next;
                i = next;
            }
        }

        if (sentenceStart < end)
        {
            sentences.Add(SourceRange.FromBounds(sentenceStart, end));
        }

        return sentences;
    }
}
