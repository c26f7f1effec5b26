using Narrator.Voices;

namespace Narrator.Rendering.Proof;

/// <summary>Hears utterances through a recognizer, many per run, and scores each against its text.</summary>
internal static class ProofListener
{
    /// <summary>Utterances per recognizer run: its models load once per run.</summary>
    private const int Batch = 200;

    /// <summary>Clips shorter than this (an utterance trimmed away as silence) are not sent to the recognizer: nothing is heard in them.</summary>
    private const double ShortestSeconds = 0.05;

    public static async Task<List<UtteranceProof>> HearAsync(ISpeechRecognizer recognizer, IReadOnlyList<(string Text, float[] Samples, int SampleRate)> utterances, CancellationToken cancellationToken)
    {
        var proofs = new List<UtteranceProof>(utterances.Count);
        foreach (var batch in utterances.Chunk(Batch))
        {
            var audible = batch.Where(Audible).ToList();
            var heard = audible.Count == 0 ? [] : await recognizer.TranscribeAsync(audible.Select(u => (u.Samples, u.SampleRate)).ToList(), cancellationToken).ConfigureAwait(false);
            if (heard.Count != audible.Count)
            {
                throw new RenderException($"The recognizer ({recognizer.Name}) gave {heard.Count} transcripts for {audible.Count} utterances.");
            }

            var next = 0;
            proofs.AddRange(batch.Select(u => UtteranceProof.Measure(u.Text, Audible(u) ? heard[next++] : string.Empty, u.Samples, u.SampleRate)));
        }

        return proofs;
    }

    private static bool Audible((string Text, float[] Samples, int SampleRate) utterance) => utterance.Samples.Length >= ShortestSeconds * utterance.SampleRate;
}
