using Narrator.Audio;
using Narrator.Rendering.Timing;
using Narrator.Voices;

namespace Narrator.Rendering.Proof;

/// <summary>
/// Proof-listens a rendered chapter from its mastered files, as they are now (also after editing by hand, while each
/// file keeps the length its timings give), and keeps what it heard in the chapter's timings.
/// </summary>
internal static class MasterProofreader
{
    public static async Task ProofAsync(RenderFolder folder, string timingsPath, ChapterTimings timings, ISpeechRecognizer recognizer, CancellationToken cancellationToken)
    {
        for (var part = 1; part <= timings.Files.Count; part++)
        {
            var utterances = timings.Utterances.Where(u => u.Part == part).ToList();
            var cutter = new UtteranceCutter(utterances.Select(u => (u.Start, u.End)).ToList());
            var path = folder.Absolute(timings.Files[part - 1].Lossless);
            await Task.Run(() => AudioDecoder.Stream(path, cutter), cancellationToken).ConfigureAwait(false);
            var clips = utterances.Select((u, i) => (u.Text, cutter.Clip(i), cutter.SampleRate)).ToList();
            var proofs = await ProofListener.HearAsync(recognizer, clips, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < utterances.Count; i++)
            {
                utterances[i].Proof = ProofResult.From(proofs[i], utterances[i].Proof?.Readings ?? 1);
            }
        }

        TimingsFile.Save(timingsPath, timings);
    }
}
