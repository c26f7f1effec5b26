using Narrator.Rendering.Cast;

namespace Narrator.Rendering.Proof;

/// <summary>
/// Proof-listens lines as they are rendered: hears every utterance, reads a line with a suspect utterance again
/// (each retake another way, <see cref="Retakes"/>) and keeps its best reading.
/// </summary>
internal sealed class LineProofreader(CastSpeakers speakers, ProofSettings settings)
{
    public async Task<List<ProofedReading>> ProofAsync(IReadOnlyList<LineReading> readings, CancellationToken cancellationToken)
    {
        var proofed = await HearAsync(readings, cancellationToken).ConfigureAwait(false);
        for (var retake = 1; retake <= settings.Retakes; retake++)
        {
            var suspect = Enumerable.Range(0, proofed.Count).Where(i => proofed[i].Suspects > 0).ToList();
            if (suspect.Count == 0)
            {
                break;
            }

            var again = new List<LineReading>();
            foreach (var i in suspect)
            {
                again.Add(await LineReading.SpeakAsync(speakers, proofed[i].Reading.Line, retake, cancellationToken).ConfigureAwait(false));
            }

            var heard = await HearAsync(again, cancellationToken).ConfigureAwait(false);
            for (var k = 0; k < suspect.Count; k++)
            {
                var old = proofed[suspect[k]];
                proofed[suspect[k]] = (heard[k].IsBetterThan(old) ? heard[k] : old) with { Readings = old.Readings + 1 };
            }
        }

        return proofed;
    }

    private async Task<List<ProofedReading>> HearAsync(IReadOnlyList<LineReading> readings, CancellationToken cancellationToken)
    {
        var utterances = readings.SelectMany(r => r.Utterances(speakers.SampleRate)).ToList();
        var proofs = await ProofListener.HearAsync(settings.Recognizer, utterances, cancellationToken).ConfigureAwait(false);
        var proofed = new List<ProofedReading>(readings.Count);
        var at = 0;
        foreach (var reading in readings)
        {
            proofed.Add(new ProofedReading(reading, proofs.GetRange(at, reading.Chunks.Count), Readings: 1));
            at += reading.Chunks.Count;
        }

        return proofed;
    }
}
