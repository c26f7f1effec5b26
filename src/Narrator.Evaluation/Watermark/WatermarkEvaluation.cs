using System.Diagnostics;
using Narrator.Audio;
using Narrator.Core;
using Narrator.Synthesis;
using Narrator.Synthesis.Provenance;
using Narrator.Watermark;

namespace Narrator.Evaluation;

/// <summary>
/// The figures of <c>narrator evaluate watermark</c>: natural recordings stand in for synthesized speech.
/// Each item is a 10 s clip cut (a third of a second in) from a marked recording: a LibriSpeech
/// chapter marked whole, or five ARCTIC prompts each marked as its own synthesis call (restarting at
/// position 0) and joined. Every attack of <see cref="WatermarkAttacks"/> is applied to every item.
/// With a synthesizer, Narrator's own output is attacked the same way: 10 s clips of held-out ARCTIC
/// prompts read five at a time, each prompt its own synthesis call, marked by the synthesizer itself
/// with its voice's payload. False positives: every recording under the speech folder, unmarked,
/// judged one by one.
/// </summary>
public static class WatermarkEvaluation
{
    private const double TypicalCpuRtf = 0.05;

    /// <summary>
    /// Marks and attacks <paramref name="clipCount"/> items from the recordings of <paramref name="data"/>
    /// (half LibriSpeech, half ARCTIC), and half as many clips of <paramref name="ownOutput"/>'s speech
    /// when given (its watermark key must be <paramref name="key"/>); every recording is used for false
    /// positives. <paramref name="attacks"/> limits the attacks (names of <see cref="WatermarkAttacks.Names"/>); all by default.
    /// </summary>
    public static async Task<WatermarkEvaluationResults> MeasureAsync(string data, WatermarkKey key, int clipCount, Synthesizer? ownOutput = null, IReadOnlyCollection<string>? attacks = null, CancellationToken cancellationToken = default)
    {
        var readers = Path.Combine(data, "librispeech_train-clean-100");
        var libri = Directory.Exists(readers)
            ? Directory.EnumerateFiles(readers, "*.flac", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : throw new NarratorException($"{data}: no librispeech_train-clean-100 folder; --data must point at the speech folder.");
        var unknown = (attacks ?? []).Where(a => !WatermarkAttacks.Names.Contains(a)).ToList();
        if (unknown.Count > 0)
        {
            throw new NarratorException($"unknown attack {string.Join(", ", unknown.Select(a => $"'{a}'"))}; the attacks are {string.Join(", ", WatermarkAttacks.Names)}.");
        }

        var temporary = Directory.CreateTempSubdirectory("narrator-watermark-eval-").FullName;
        try
        {
            var results = new WatermarkEvaluationResults { CpuRtf = TypicalCpuRtf };
            var clip = new ClipAttacks(key, attacks ?? WatermarkAttacks.Names, AudioDecoder.Read(libri[^1]), temporary);
            var index = 0;
            foreach (var (name, calls) in Items(data, libri, clipCount).ToList())
            {
                var payload = new WatermarkPayload((uint)(0x9E3779B9u * (uint)++index));
                var marked = Mark(results, key, calls, payload);
                await clip.MeasureAsync(marked, calls[0].SampleRate, (attack, detection) => results.Add(attack, name, detection, payload), cancellationToken).ConfigureAwait(false);
            }

            if (ownOutput is not null)
            {
                results.OwnOutputVoice = ownOutput.Voice.Name;
                var payload = new WatermarkPayload(ProvenanceRecord.PayloadOf(ownOutput.Voice));
                await foreach (var (name, speech) in OwnOutputAsync(data, ownOutput, Math.Max(1, clipCount / 2), cancellationToken).ConfigureAwait(false))
                {
                    await clip.MeasureAsync(speech, ownOutput.SampleRate, (attack, detection) => results.AddOwnOutput(attack, name, detection, payload), cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var recording in Directory.EnumerateFiles(data, "*.*", SearchOption.AllDirectories).Where(IsAudio).Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (samples, rate) = AudioDecoder.Read(recording);
                results.AddUnmarked(WatermarkDetector.Detect(samples, rate, key));
            }

            return results;
        }
        finally
        {
            Directory.Delete(temporary, recursive: true);
        }
    }

    private static float[] Mark(WatermarkEvaluationResults results, WatermarkKey key, List<(float[] Samples, int SampleRate)> calls, WatermarkPayload payload)
    {
        var rate = calls[0].SampleRate;
        var original = calls.SelectMany(c => c.Samples).ToArray();
        var watch = Stopwatch.StartNew();
        // Each call is marked for its place in the join, as a chapter marks its lines (SpeakOptions.MarkPosition).
        var marked = new List<float>(original.Length);
        foreach (var (samples, sampleRate) in calls)
        {
            marked.AddRange(Watermarker.Mark(samples, sampleRate, key, payload, position: marked.Count));
        }

        results.EmbedSeconds += watch.Elapsed.TotalSeconds;
        results.AudioSeconds += (double)original.Length / rate;
        var joined = marked.ToArray();
        results.Levels.Add(MarkLevel.Measure(original, joined, rate));
        return joined;
    }

    // Held-out ARCTIC prompts, five to a clip, each read as its own synthesis call marked for its place in
    // the clip, as a chapter's lines are (SpeakOptions.MarkPosition).
    private static async IAsyncEnumerable<(string Name, float[] Speech)> OwnOutputAsync(string data, Synthesizer synthesizer, int count, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var made = 0;
        foreach (var group in CorpusSentence.ReadHeldOut(data).Chunk(5))
        {
            var speech = new List<float>();
            foreach (var sentence in group)
            {
                var placed = new SpeakOptions { MarkPosition = TimeSpan.FromSeconds((double)speech.Count / synthesizer.SampleRate) };
                await foreach (var chunk in synthesizer.SynthesizeAsync(sentence.Text, placed, cancellationToken).ConfigureAwait(false))
                {
                    speech.AddRange(chunk.Samples.ToArray());
                }
            }

            if (speech.Count >= (ClipAttacks.ClipSeconds + 0.5) * synthesizer.SampleRate)
            {
                yield return ($"{synthesizer.Voice.Name} reading {group[0].Speaker}/{group[0].Id}", [.. speech]);
                if (++made == count)
                {
                    yield break;
                }
            }
        }
    }

    // Half the items LibriSpeech chapters long enough, half joins of five ARCTIC prompts (each its own call, marked for its place).
    private static IEnumerable<(string Name, List<(float[] Samples, int SampleRate)> Calls)> Items(string data, List<string> libri, int count)
    {
        var needed = ClipAttacks.ClipSeconds + 0.5;
        var fromLibri = libri.Take(libri.Count - 1)
            .Select(clip => (Name: Path.GetFileNameWithoutExtension(clip), Calls: new List<(float[] Samples, int SampleRate)> { AudioDecoder.Read(clip) }))
            .Where(item => item.Calls[0].Samples.Length >= needed * item.Calls[0].SampleRate)
            .Take(count - (count / 2));
        var root = Path.Combine(data, "cmu_arctic");
        var fromArctic = !Directory.Exists(root) ? [] : Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal)
            .SelectMany(speaker => Directory.EnumerateFiles(speaker, "*.flac").Order(StringComparer.Ordinal).Chunk(5)
                .Select(group => (Name: $"arctic {Path.GetFileName(speaker)} {Path.GetFileNameWithoutExtension(group[0])}", Calls: group.Select(AudioDecoder.Read).ToList()))
                .Where(item => item.Calls.Sum(c => c.Samples.Length) >= needed * item.Calls[0].SampleRate)
                .Take(Math.Max(1, count / 4)));
        return fromLibri.Concat(fromArctic);
    }

    private static bool IsAudio(string path) => Path.GetExtension(path).ToLowerInvariant() is ".flac" or ".wav" or ".mp3";
}
