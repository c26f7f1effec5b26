namespace Narrator.Books.Dialogue;

/// <summary>
/// Cuts a chapter's blocks into spans, carrying a quotation left open at the end of a paragraph into the next
/// paragraph when that one opens with a quotation mark (the convention for a speech of several paragraphs), and
/// finds each dialogue span's attribution in the narration around it.
/// </summary>
internal static class ChapterScanner
{
    public static IReadOnlyList<ScannedBlock> Scan(Chapter chapter)
    {
        var texts = chapter.Blocks.Select(b => b.Kind == BlockKind.Heading ? Narration(b.Text) : QuoteScanner.Scan(b.Text)).ToList();
        var continues = new bool[texts.Count];
        var apostrophes = texts.Select(_ => new HashSet<int>()).ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i].OpenQuoteAt < 0)
            {
                continue;
            }

            var next = i + 1 < texts.Count ? chapter.Blocks[i + 1] : null;
            if (next is not null && next.Kind != BlockKind.Heading && next.Text.Length > 0 && QuoteMarks.IsQuoteMark(next.Text[0]))
            {
                continues[i + 1] = true;
            }
            else if (texts[i].OpenQuoteIsSingle)
            {
                // A single mark that never closes and is not carried on was an apostrophe ('ome, 'ard) after all.
                apostrophes[i].Add(texts[i].OpenQuoteAt);
                texts[i] = QuoteScanner.Scan(chapter.Blocks[i].Text, apostrophes[i]);
                i--;
            }
        }

        return texts.Select((t, i) => Attribute(chapter.Blocks[i], t.Spans, continues[i])).ToList();
    }

    private static ScannedText Narration(string text) => new([new RawSpan(SpeechKind.Narration, 0, text.Length)], -1, false);

    private static ScannedBlock Attribute(Block block, IReadOnlyList<RawSpan> spans, bool continuesQuote)
    {
        var scanned = new ScannedBlock(block, spans, Mentions(block, spans), continuesQuote);
        var terms = QuotedTerms.Demote(scanned);
        return terms.Count == spans.Count ? scanned : scanned with { Spans = terms, Mentions = Mentions(block, terms) };
    }

    private static SpeakerMention?[] Mentions(Block block, IReadOnlyList<RawSpan> spans)
    {
        var mentions = new SpeakerMention?[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].Kind != SpeechKind.Dialogue)
            {
                continue;
            }

            var after = i + 1 < spans.Count ? Attribution.After(Text(block, spans[i + 1])) : null;
            mentions[i] = after ?? (i > 0 ? Attribution.Before(Text(block, spans[i - 1])) : null);
        }

        return mentions;
    }

    private static string Text(Block block, RawSpan span) => block.Text[span.Start..span.End];
}
