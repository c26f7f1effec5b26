using Narrator.Core;

namespace Narrator.Text;

/// <summary>
/// Splits a sentence longer than the limit into clauses, recursively, until every piece fits.
/// Each cut goes at the best-ranked <see cref="CutCandidates"/> nearest the middle; pieces are
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

            var cut = CutCandidates.FindCut(text, range, MinimumPiece(range));
            pending.Push(Trim(text, SourceRange.FromBounds(cut, range.End)));
            pending.Push(Trim(text, SourceRange.FromBounds(range.Start, cut)));
        }
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
