using Narrator.Core;

namespace Narrator.Text;

/// <summary>
/// Splits a sentence longer than the limit into clauses, recursively, until every piece fits.
/// Each cut goes at the best-ranked <see cref="CutCandidates"/> nearest an even division; pieces are
/// trimmed of whitespace, so no other character is ever dropped.
/// </summary>
internal sealed class ClauseSplitter(int maxLength)
{
    /// <summary>Adds the pieces of <paramref name="sentence"/> to <paramref name="pieces"/>, in order.</summary>
    public void Split(string text, SourceRange sentence, List<SourceRange> pieces)
    {
        var pending = new Stack<SourceRange>();
        pending.Push(sentence);
        while (pending.Count > 0)
        {
            var range = pending.Pop();
            if (range.Length <= maxLength)
            {
                pieces.Add(range);
                continue;
            }

            var cut = CutCandidates.FindCut(text, range, Target(range), MinimumPiece(range));
            pending.Push(Trim(text, SourceRange.FromBounds(cut, range.End)));
            pending.Push(Trim(text, SourceRange.FromBounds(range.Start, cut)));
        }
    }

    /// <summary>
    /// Where the ideal cut lies: the range is seen as n equal parts of at most 85% of the limit
    /// (slack for cuts that land off target), and the cut goes between part n/2 and the next, so
    /// each side splits evenly again. For a range under 1.7 times the limit this is the middle.
    /// </summary>
    private int Target(SourceRange range)
    {
        var partLength = Math.Max(1, maxLength * 85 / 100);
        var parts = Math.Max(2, (range.Length + partLength - 1) / partLength);
        return range.Start + (int)((long)range.Length * (parts / 2) / parts);
    }

    /// <summary>Clause cuts that leave a sliver shorter than this are taken only as a last resort.</summary>
    private int MinimumPiece(SourceRange range) => Math.Min(maxLength / 5, range.Length / 4);

    /// <summary>
    /// Trims whitespace. Both pieces of a cut keep a non-whitespace character, because the range
    /// was trimmed and the cut lies strictly inside it.
    /// </summary>
    private static SourceRange Trim(string text, SourceRange range)
    {
        var start = range.Start;
        var end = range.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return SourceRange.FromBounds(start, end);
    }
}
