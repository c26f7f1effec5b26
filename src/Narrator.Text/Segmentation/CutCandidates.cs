using Narrator.Core;

namespace Narrator.Text;

/// <summary>
/// Where a long sentence may be cut, best first: after ; : — – … ! ?, after a comma, before a
/// conjunction ("and", "but", "which"…), at any space; failing all, a hard cut.
/// </summary>
internal static class CutCandidates
{
    private const int StrongMark = 0;
    private const int Comma = 1;
    private const int Conjunction = 2;
    private const int Space = 3;
    private const int Ranks = 4;

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "nor", "yet", "so", "because", "although", "though", "while", "whereas",
        "which", "who", "whom", "whose", "where", "when", "whenever", "wherever", "if", "unless",
        "until", "since", "after", "before", "that", "then",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConjunctionLookup =
        Conjunctions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A cut position strictly inside <paramref name="range"/> (which is trimmed and has length ≥ 2):
    /// the best-ranked candidate leaving both pieces at least <paramref name="minimumPiece"/> long,
    /// nearest <paramref name="target"/>; else the candidate of any rank nearest it; else a hard cut there.
    /// </summary>
    public static int FindCut(string text, SourceRange range, int target, int minimumPiece)
    {
        var best = new int[Ranks];
        Array.Fill(best, -1);
        var fallback = -1;
        for (var i = range.Start + 1; i < range.End; i++)
        {
            var rank = RankAt(text, range.Start, i);
            if (rank < 0)
            {
                continue;
            }

            if (Closer(i, fallback, target))
            {
                fallback = i;
            }

            var fits = i - range.Start >= minimumPiece && range.End - i >= minimumPiece;
            if (fits && Closer(i, best[rank], target))
            {
                best[rank] = i;
            }
        }

        foreach (var cut in best)
        {
            if (cut >= 0)
            {
                return cut;
            }
        }

        return fallback >= 0 ? fallback : HardCut(text, range, target);
    }

    /// <summary>The rank of a cut just before <paramref name="i"/>, or -1 where no cut may go.</summary>
    private static int RankAt(string text, int start, int i)
    {
        var before = text[i - 1];
        if (!char.IsWhiteSpace(text[i]))
        {
            // Cuts without a space: after an unspaced em dash, or after CJK clause marks.
            var dash = before is '—' or '―' && !char.IsWhiteSpace(text[i - 2 < start ? start : i - 2]);
            var cjk = SegmentChars.IsCjkClauseMark(before) || SegmentChars.IsCjkTerminal(before);
            return dash || cjk ? (SegmentChars.IsComma(before) ? Comma : StrongMark) : -1;
        }

        if (char.IsWhiteSpace(before))
        {
            return -1; // only the first space of a run is a candidate
        }

        var k = i - 1;
        while (k > start && SegmentChars.IsCloser(text[k]))
        {
            k--;
        }

        var mark = text[k];
        if (SegmentChars.IsStrongClauseMark(mark) || IsEllipsis(text, start, k) || IsSpacedHyphen(text, start, k))
        {
            return StrongMark;
        }

        return SegmentChars.IsComma(mark) ? Comma : IsConjunctionAfter(text, i) ? Conjunction : Space;
    }

    private static bool IsEllipsis(string text, int start, int k) => k > start && text[k] == '.' && text[k - 1] == '.';

    private static bool IsSpacedHyphen(string text, int start, int k) =>
        k > start && text[k] == '-' && char.IsWhiteSpace(text[k - 1]);

    /// <summary>Whether the word after the spaces at <paramref name="i"/> is a conjunction.</summary>
    private static bool IsConjunctionAfter(string text, int i)
    {
        var start = i;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && end - start <= 8 && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(start, end - start);
        var isWholeWord = end == text.Length || !char.IsLetterOrDigit(text[end]);
        return isWholeWord && word.Length > 1 && ConjunctionLookup.Contains(word);
    }

    private static bool Closer(int candidate, int current, int target) =>
        current < 0 || Math.Abs(candidate - target) < Math.Abs(current - target);

    /// <summary>A cut at the target in a run with no spaces, moved off surrogate pairs and combining marks.</summary>
    private static int HardCut(string text, SourceRange range, int target)
    {
        var cut = target;
        while (cut > range.Start + 1 && SegmentChars.IsInsideCharacter(text, cut))
        {
            cut--;
        }

        return cut;
    }
}
