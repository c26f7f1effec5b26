using Narrator.Rendering.Timing;

namespace Narrator.Rendering.Proof;

/// <summary>What proof-listening found in a render: how many utterances it heard, how many were read again, and those still suspect.</summary>
public sealed record ProofReport(string Recognizer, int Utterances, int ReadAgain, IReadOnlyList<ProofSuspect> Suspects)
{
    /// <summary>The proof report web page in the render folder.</summary>
    public const string PageName = "proof.html";

    /// <summary>The share of utterances still suspect.</summary>
    public double SuspectShare => Utterances == 0 ? 0 : (double)Suspects.Count / Utterances;

    /// <summary>The report of the proof results kept in <paramref name="chapters"/>' timings (utterances without one are not counted).</summary>
    internal static ProofReport From(string recognizer, IEnumerable<ChapterTimings> chapters)
    {
        int utterances = 0, readAgain = 0;
        var suspects = new List<ProofSuspect>();
        foreach (var timings in chapters)
        {
            foreach (var u in timings.Utterances.Where(u => u.Proof is not null))
            {
                var proof = u.Proof!;
                utterances++;
                readAgain += proof.Readings > 1 ? 1 : 0;
                if (proof.Problem is { } problem)
                {
                    suspects.Add(new ProofSuspect(
                        timings.Chapter, timings.Title, timings.Files[u.Part - 1].Lossless, timings.Seconds(u.Start), timings.Seconds(u.End), u.Text, proof.Heard, proof.WordErrorRate, problem, proof.Readings)
                    {
                        SourceFile = u.File,
                        SourceLine = u.Line,
                    });
                }
            }
        }

        return new ProofReport(recognizer, utterances, readAgain, suspects);
    }
}
