using Narrator.Synthesis;
using Narrator.Text;

namespace Narrator.Voices;

/// <summary>
/// The word-level edit alignment of a recognizer's transcript with the text that was spoken (both normalized as
/// <see cref="WordErrors.Measure"/> says): how many edits, and the longest run of the text's words in a row that
/// were not heard as such. Errors scattered over a sentence are the recognizer's; a run is a stretch gone wrong.
/// </summary>
public sealed record WordAlignment(int Errors, int ReferenceWords, int LongestMismatch)
{
    /// <summary>Aligns the words of <paramref name="text"/> (normalized as spoken) with those of <paramref name="transcript"/>, ignoring case and punctuation.</summary>
    public static WordAlignment Align(string text, string transcript)
    {
        var reference = ConsentStatement.Words(EnglishNormalizer.Create().Normalize(text).ToString()).ToArray();
        var heard = ConsentStatement.Words(transcript).ToArray();
        var cost = new int[reference.Length + 1, heard.Length + 1];
        for (var i = 0; i <= reference.Length; i++)
        {
            for (var j = 0; j <= heard.Length; j++)
            {
                cost[i, j] = i == 0 || j == 0
                    ? i + j
                    : Math.Min(cost[i - 1, j - 1] + (reference[i - 1] == heard[j - 1] ? 0 : 1), Math.Min(cost[i - 1, j], cost[i, j - 1]) + 1);
            }
        }

        // Walk back from the end; a run grows by each reference word substituted or deleted and ends at a match.
        int r = reference.Length, h = heard.Length, run = 0, longest = 0;
        while (r > 0 || h > 0)
        {
            if (r > 0 && h > 0 && reference[r - 1] == heard[h - 1] && cost[r, h] == cost[r - 1, h - 1])
            {
                (r, h, run) = (r - 1, h - 1, 0);
            }
            else if (r > 0 && h > 0 && cost[r, h] == cost[r - 1, h - 1] + 1)
            {
                (r, h, run) = (r - 1, h - 1, run + 1);
            }
            else if (r > 0 && cost[r, h] == cost[r - 1, h] + 1)
            {
                (r, run) = (r - 1, run + 1);
            }
            else
            {
                h--;
            }

            longest = Math.Max(longest, run);
        }

        return new WordAlignment(cost[reference.Length, heard.Length], reference.Length, longest);
    }
}
