using System.Diagnostics;
using Narrator.Audio;
using Narrator.Core;
using Narrator.Watermark;

namespace Narrator.Evaluation;

/// <summary>
/// The figures of <c>narrator evaluate watermark</c>: natural recordings stand in for synthesized speech.
/// Each item is a 10 s clip cut (a third of a second in) from a marked recording: a LibriSpeech
/// chapter marked whole, or five ARCTIC prompts each marked as its own synthesis call (restarting at
/// position 0) and joined. Every attack of <see cref="WatermarkAttacks"/> is applied to every item.
/// False positives: every recording under the speech folder, unmarked, judged one by one.
/// </summary>
public static class WatermarkEvaluation
{
    private const double TypicalCpuRtf = 0.05;
    private const int ClipSeconds = 10;

    /// <summary>Marks and attacks <paramref name="clipCount"/> items from the recordings of <paramref name="data"/> (half LibriSpeech, half ARCTIC); every recording is used for false positives.</summary>
    public static async Task<WatermarkEvaluationResults> MeasureAsync(string data, WatermarkKey key, int clipCount, CancellationToken cancellationToken)
    {
        var readers = Path.Combine(data, "librispeech_train-clean-100");
        var libri = Directory.Exists(readers)
            ? Directory.EnumerateFiles(readers, "*.flac", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : throw new NarratorException($"{data}: no librispeech_train-clean-100 folder; --data must point at the speech folder.");
        var temporary = Directory.CreateTempSubdirectory("narrator-watermark-eval-").FullName;
        try
        {
            var results = new WatermarkEvaluationResults { CpuRtf = TypicalCpuRtf };
            var items = Items(data, libri, clipCount).ToList();
            var other = AudioDecoder.Read(libri[^1]);
            var index = 0;
            foreach (var (name, calls) in items)
            {
                var payload = new WatermarkPayload((uint)(0x9E3779B9u * (uint)++index));
                await MeasureItemAsync(results, key, name, calls, payload, other, temporary, cancellationToken).ConfigureAwait(false);
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

    private static async Task MeasureItemAsync(WatermarkEvaluationResults results, WatermarkKey key, string name, List<(float[] Samples, int SampleRate)> calls, WatermarkPayload payload, (float[] Samples, int SampleRate) other, string temporary, CancellationToken cancellationToken)
    {
        var rate = calls[0].SampleRate;
        var original = calls.SelectMany(c => c.Samples).ToArray();
        var watch = Stopwatch.StartNew();
        var marked = calls.SelectMany(c => Watermarker.Mark(c.Samples, c.SampleRate, key, payload)).ToArray();
        results.EmbedSeconds += watch.Elapsed.TotalSeconds;
        results.AudioSeconds += (double)original.Length / rate;
        results.Levels.Add(MarkLevel.Measure(original, marked, rate));
        var start = rate / 3;
        var clip = marked[start..(start + (ClipSeconds * rate))];
        var filler = other.SampleRate == rate ? other.Samples[..Math.Min(other.Samples.Length, ClipSeconds * rate)] : [];
        foreach (var attack in WatermarkAttacks.Names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await WatermarkAttacks.ApplyAsync(attack, clip, rate, filler, temporary, cancellationToken).ConfigureAwait(false) is not { } attacked)
            {
                continue;
            }

            var detection = WatermarkDetector.Detect(attacked.Samples, attacked.Rate, key);
            results.Add(attack, name, detection.Found, detection.Payload == payload.Value, detection.Payload is { } read && read != payload.Value, detection.Score);
        }
    }

    // Half the items LibriSpeech chapters long enough, half joins of five ARCTIC prompts (each its own call).
    private static IEnumerable<(string Name, List<(float[] Samples, int SampleRate)> Calls)> Items(string data, List<string> libri, int count)
    {
        var needed = ClipSeconds + 0.5;
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
