using Narrator.Audio;
using Narrator.Audio.Mastering;
using Narrator.Core;
using Narrator.Models;
using Narrator.Models.Bundles;
using Narrator.Rendering.Proof;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Evaluation;

/// <summary>The proofs of one kind of audio: natural recordings, the voice's readings, or one kind of fault.</summary>
public sealed record ProofCondition(string Name, bool IsFault, IReadOnlyList<UtteranceProof> Proofs)
{
    /// <summary>Share of the utterances proof-listening calls suspect: false alarms on good audio, detections on faults.</summary>
    public double FlaggedShare => Proofs.Count == 0 ? 0 : Proofs.Count(p => p.Problem is not null) / (double)Proofs.Count;
}

/// <summary>
/// Calibrates proof-listening (<see cref="UtteranceProof"/>): each stock speaker's held-out prompts as the speaker
/// recorded them and as the bundle reads them, and four faults made from the readings: a word left out of the text,
/// the middle half replaced by room tone, the middle third played backwards, and another prompt's reading.
/// </summary>
public static class ProofCalibration
{
    private const double RoomToneDbfs = -65;

    public static async Task<IReadOnlyList<ProofCondition>> RunAsync(NarratorBundle bundle, IReadOnlyList<CorpusSentence> held, int sentences, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var speakers = bundle.Manifest.Speakers.Select(s => s.Name).Where(s => held.Any(h => h.Speaker == s)).ToList();
        if (speakers.Count == 0)
        {
            throw new NarratorException($"{bundle.Folder}: none of its speakers has held-out sentences to calibrate on.");
        }

        var clips = new Dictionary<string, List<(string Text, float[] Samples, int Rate)>>(StringComparer.Ordinal);
        void Add(string condition, string text, float[] samples, int rate) =>
            (clips.TryGetValue(condition, out var list) ? list : clips[condition] = []).Add((text, samples, rate));

        foreach (var speaker in speakers)
        {
            var items = held.Where(h => h.Speaker == speaker).Take(sentences).ToList();
            using var synthesizer = Synthesizer.Create(VoiceLoader.Load(new VoiceReference(VoiceKind.NarratorBundle, bundle.Folder, bundle.Manifest.Name), ExecutionOptions.Default, speaker));
            var rate = synthesizer.SampleRate;
            var readings = new List<float[]>();
            foreach (var item in items)
            {
                readings.Add(await synthesizer.SynthesizeAllAsync(item.Text, cancellationToken).ConfigureAwait(false));
                var (natural, naturalRate) = AudioDecoder.Read(item.Recording);
                Add("natural recordings", item.Text, natural, naturalRate);
                Add("voice", item.Text, readings[^1], rate);
                Add("fault: a word left out", item.Text, await synthesizer.SynthesizeAllAsync(WithoutLongestWord(item.Text), cancellationToken).ConfigureAwait(false), rate);
                Add("fault: middle half room tone", item.Text, RoomToneInMiddleHalf(readings[^1]), rate);
                Add("fault: middle third backwards", item.Text, MiddleThirdReversed(readings[^1]), rate);
            }

            for (var i = 0; i < items.Count && items.Count > 1; i++)
            {
                Add("fault: another prompt read", items[i].Text, readings[(i + 1) % items.Count], rate);
            }

            await progress.WriteLineAsync($"{speaker}: {items.Count} prompts synthesized").ConfigureAwait(false);
        }

        var conditions = new List<ProofCondition>();
        foreach (var (name, list) in clips)
        {
            var heard = await PocketSphinxBatch.Default.TranscribeAsync(list.Select(c => (c.Samples, c.Rate)).ToList(), cancellationToken).ConfigureAwait(false);
            conditions.Add(new ProofCondition(name, name.StartsWith("fault", StringComparison.Ordinal),
                list.Zip(heard, (c, h) => UtteranceProof.Measure(c.Text, h, c.Samples, c.Rate)).ToList()));
            await progress.WriteLineAsync($"{name}: {list.Count} heard").ConfigureAwait(false);
        }

        return conditions;
    }

    /// <summary>The text without its longest word (the one a listener would miss most).</summary>
    internal static string WithoutLongestWord(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var longest = words.Select((w, i) => (Letters: w.Count(char.IsLetter), Index: i)).MaxBy(w => w.Letters).Index;
        words.RemoveAt(longest);
        return string.Join(' ', words);
    }

    internal static float[] RoomToneInMiddleHalf(float[] samples)
    {
        var result = (float[])samples.Clone();
        var random = new Random(7);
        var amplitude = (float)Decibels.ToAmplitude(RoomToneDbfs);
        for (var i = samples.Length / 4; i < 3 * samples.Length / 4; i++)
        {
            result[i] = amplitude * (float)(2 * random.NextDouble() - 1);
        }

        return result;
    }

    internal static float[] MiddleThirdReversed(float[] samples)
    {
        var result = (float[])samples.Clone();
        Array.Reverse(result, samples.Length / 3, samples.Length / 3);
        return result;
    }
}
