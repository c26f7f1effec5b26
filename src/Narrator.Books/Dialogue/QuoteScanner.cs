namespace Narrator.Books.Dialogue;

/// <summary>A stretch [Start, End) of a block's text and who speaks it, before any speaker is known.</summary>
internal readonly record struct RawSpan(SpeechKind Kind, int Start, int End);

/// <summary>
/// One block cut into spans. <see cref="OpenQuoteAt"/> is the offset of the outermost quotation mark still open
/// at the end of the block (-1 when every quotation closed), and <see cref="OpenQuoteIsSingle"/> its kind.
/// </summary>
internal sealed record ScannedText(IReadOnlyList<RawSpan> Spans, int OpenQuoteAt, bool OpenQuoteIsSingle);

/// <summary>
/// Cuts a paragraph into narration and dialogue. The outermost quotation is the dialogue; quotations nested in it
/// (single in double, double in single) stay part of it. A paragraph opening with an em dash is dialogue up to a
/// dash that opens an aside of narration (" —said Juan—").
/// </summary>
internal static class QuoteScanner
{
    /// <param name="apostrophes">Offsets of marks to read as apostrophes whatever their neighbours say.</param>
    /// <param name="text">One paragraph's text.</param>
    public static ScannedText Scan(string text, IReadOnlySet<int>? apostrophes = null) =>
        QuoteMarks.OpensDashDialogue(text) ? ScanDashes(text) : ScanQuotes(text, apostrophes ?? new HashSet<int>());

    private static ScannedText ScanQuotes(string text, IReadOnlySet<int> apostrophes)
    {
        var spans = new List<RawSpan>();
        var open = new Stack<(bool Single, int At)>();
        var spanStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (apostrophes.Contains(i))
            {
                continue;
            }

            var c = text[i];
            var singleOpen = open.Any(q => q.Single);
            var doubleOpen = open.Any(q => !q.Single);
            bool? opens = c switch
            {
                '“' or '«' => true,
                '”' or '»' => doubleOpen ? false : null,
                '"' => doubleOpen && !(open.Peek().Single && QuoteMarks.CanOpenStraightDouble(text, i)) ? false : QuoteMarks.CanOpenStraightDouble(text, i) ? true : null,
                '‘' => singleOpen && QuoteMarks.CanCloseSingle(text, i) ? false : QuoteMarks.CanOpenSingle(text, i) ? true : null,
                '’' or '\'' => singleOpen && QuoteMarks.CanCloseSingle(text, i) ? false : c == '\'' && QuoteMarks.CanOpenSingle(text, i) ? true : null,
                _ => null,
            };
            if (opens == true)
            {
                if (open.Count == 0)
                {
                    AddSpan(spans, SpeechKind.Narration, spanStart, i);
                    spanStart = i;
                }

                open.Push((c is '‘' or '\'', i));
            }
            else if (opens == false)
            {
                var single = c is '‘' or '’' or '\'';
                while (open.Count > 0 && open.Pop().Single != single)
                {
                    // A mark of the other kind left open inside (an apostrophe misread) closes with this one.
                }

                if (open.Count == 0)
                {
                    AddSpan(spans, SpeechKind.Dialogue, spanStart, i + 1);
                    spanStart = i + 1;
                }
            }
        }

        var outermost = open.Count > 0 ? open.Last() : (Single: false, At: -1);
        AddSpan(spans, open.Count > 0 ? SpeechKind.Dialogue : SpeechKind.Narration, spanStart, text.Length);
        return new ScannedText(spans, outermost.At, outermost.Single);
    }

    private static ScannedText ScanDashes(string text)
    {
        var spans = new List<RawSpan>();
        var kind = SpeechKind.Dialogue;
        var spanStart = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (!QuoteMarks.IsDash(text[i]))
            {
                continue;
            }

            var opensAside = kind == SpeechKind.Dialogue && char.IsWhiteSpace(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            var closesAside = kind == SpeechKind.Narration && !char.IsWhiteSpace(text[i - 1]);
            if (opensAside || closesAside)
            {
                var end = opensAside ? i : i + 1;
                AddSpan(spans, kind, spanStart, end);
                spanStart = end;
                kind = opensAside ? SpeechKind.Narration : SpeechKind.Dialogue;
            }
        }

        AddSpan(spans, kind, spanStart, text.Length);
        return new ScannedText(spans, -1, false);
    }

    private static void AddSpan(List<RawSpan> spans, SpeechKind kind, int start, int end)
    {
        if (end > start)
        {
            spans.Add(new RawSpan(kind, start, end));
        }
    }
}
