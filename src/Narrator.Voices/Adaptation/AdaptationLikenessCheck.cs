using Narrator.Models;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;
using Narrator.Voices.Embeddings;

namespace Narrator.Voices;

/// <summary>
/// Measures an adapted voice against its own recordings: held-out script prompts (which no take
/// reads) are spoken with the adapted model and with the base model, and the speech of each is compared
/// with the voice's embedding by the bundle's speaker encoder.
/// </summary>
internal static class AdaptationLikenessCheck
{
    public static async Task<AdaptationLikeness?> MeasureAsync(VoiceRecord record, string weights, ExecutionOptions execution, int sentences, CancellationToken cancellationToken)
    {
        if (sentences == 0)
        {
            return null;
        }

        var prompts = RecordingScript.AllPrompts.Where(p => RecordingScript.IsHeldOut(p.Id)).Take(sentences).Select(p => p.Text).ToList();
        var target = new SpeakerEmbedding(record.Embedding.EncoderId, [.. record.Embedding.Vector]);
        using var embedder = BundleEmbedder.FromDirectory(record.Bundle.Path, execution);
        var adapted = await SimilarityAsync(record, weights, prompts, embedder, target, execution, cancellationToken).ConfigureAwait(false);
        var zeroShot = await SimilarityAsync(record, null, prompts, embedder, target, execution, cancellationToken).ConfigureAwait(false);
        return new AdaptationLikeness(Math.Round(adapted, 3), Math.Round(zeroShot, 3), prompts.Count);
    }

    // One embedding of all the prompts' speech together, as the voice's own embedding is of all its recordings.
    private static async Task<double> SimilarityAsync(
        VoiceRecord record, string? weights, IReadOnlyList<string> prompts, BundleEmbedder embedder, SpeakerEmbedding target,
        ExecutionOptions execution, CancellationToken cancellationToken)
    {
        var voice = BundleVoice.LoadWithEmbedding(record.Bundle.Path, execution, record.Embedding.EncoderId, [.. record.Embedding.Vector], record.Id, weights);
        using var synthesizer = Synthesizer.Create(voice);
        var speech = new List<float>();
        foreach (var prompt in prompts)
        {
            speech.AddRange(await synthesizer.SynthesizeAllAsync(prompt, cancellationToken).ConfigureAwait(false));
        }

        return embedder.Embed(weights is null ? "zero-shot synthesis" : "adapted synthesis", [.. speech], synthesizer.SampleRate).Similarity(target);
    }
}
