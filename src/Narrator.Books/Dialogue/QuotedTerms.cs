namespace Narrator.Books.Dialogue;

/// <summary>
/// Quotation marks around a word or two inside a sentence of narration (a large “E”, the so-called “expert”) mark a
/// term, not speech: such a quotation, short, unattributed and run on from a word of narration, is narration.
/// </summary>
internal static class QuotedTerms
{
    private const int MaxWords = 3;

    /// <summary>The block's spans with quoted terms turned into narration and joined with the narration around them.</summary>
    public static IReadOnlyList<RawSpan> Demote(ScannedBlock block)
    {
        var spans = new List<RawSpan>();
        for (var i = 0; i < block.Spans.Count; i++)
        {
            var span = block.Spans[i];
            var kind = IsTerm(block, i) ? SpeechKind.Narration : span.Kind;
            if (spans.Count > 0 && spans[^1].Kind == kind && kind == SpeechKind.Narration)
            {
                spans[^1] = spans[^1] with { End = span.End };
            }
            else
            {
                spans.Add(span with { Kind = kind });
            }
        }

        return spans;
    }

    private static bool IsTerm(ScannedBlock block, int i)
    {
        if (block.Spans[i].Kind != SpeechKind.Dialogue || block.Mentions[i] is not null || i == 0 || Words.Count(block.TextOf(block.Spans[i])) > MaxWords)
        {
            return false;
        }

        var before = block.TextOf(block.Spans[i - 1]).TrimEnd();
        return before.Length > 0 && char.IsLetterOrDigit(before[^1]);
    }
}
