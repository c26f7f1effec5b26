using System.Diagnostics;
using Narrator.Audio;
using Narrator.Core;
using Narrator.Watermark;

namespace Narrator.Evaluation;

/// <summary>
/// The figures of <c>narrator evaluate watermark</c>: natural recordings stand in for synthesized speech. Each
/// ARCTIC clip is marked as its own synthesis call (restarting at position 0) and 20 of them are
/// joined into one item; LibriSpeech clips are marked one by one. The figures: detection after each
/// attack, false positives on the unmarked recordings, the mark's level and the embedding cost.
/// </summary>
public static class WatermarkEvaluation
{
    private const double TypicalCpuRtf = 0.05;
    private const double MinimumSeconds = 10;

    /// <summary>Marks and attacks the recordings of <paramref name="data"/>; <paramref name="clipCount"/> LibriSpeech clips of 10 s or more are marked (every clip is used for false positives).</summary>
    public static async Task<WatermarkEvaluationResults> MeasureAsync(string data, WatermarkKey key, int clipCount, CancellationToken cancellationToken)
    {
        var readers = Path.Combine(data, "librispeech_train-clean-100");
        var libri = Directory.Exists(readers)
            ? Directory.EnumerateFiles(readers, "*.flac", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : throw new NarratorException($"{data}: no librispeech_train-clean-100 folder; --data must point at the speech folder.");
        var temporary = Directory.CreateTempSubdirectory("narrator-watermark-eval-").FullName;
        try
        {
            return await MeasureAsync(key, ArcticGroups(data).ToList(), libri, clipCount, temporary, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(temporary, recursive: true);
        }
    }

    private static async Task<WatermarkEvaluationResults> MeasureAsync(WatermarkKey key, List<List<string>> arctic, List<string> libri, int clipCount, string temporary, CancellationToken cancellationToken)
    {
        var results = new WatermarkEvaluationResults();
        var items = arctic.Select(group => (Name: $"arctic {Path.GetFileName(Path.GetDirectoryName(group[0]))} x{group.Count}", Calls: group.Select(AudioDecoder.Read).ToList()))
            .Concat(libri.Select(clip => (Name: Path.GetFileNameWithoutExtension(clip), Calls: new List<(float[] Samples, int SampleRate)> { AudioDecoder.Read(clip) }))
                .Where(item => item.Calls[0].Samples.Length >= MinimumSeconds * item.Calls[0].SampleRate)
                .Take(clipCount))
            .ToList();
        var index = 0;
        foreach (var (name, calls) in items)
        {
            var payload = new WatermarkPayload((uint)(0x9E3779B9u * (uint)++index));
            var rate = calls[0].SampleRate;
            var original = calls.SelectMany(c => c.Samples).ToArray();
            var watch = Stopwatch.StartNew();
            var marked = calls.SelectMany(c => Watermarker.Mark(c.Samples, c.SampleRate, key, payload)).ToArray();
            results.EmbedSeconds += watch.Elapsed.TotalSeconds;
            results.AudioSeconds += (double)original.Length / rate;
            results.LevelsDb.Add(10 * Math.Log10(marked.Zip(original, (m, o) => (double)(m - o) * (m - o)).Sum() / original.Sum(o => (double)o * o)));
            foreach (var attack in WatermarkAttacks.Names)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await WatermarkAttacks.ApplyAsync(attack, marked, rate, [], temporary, cancellationToken).ConfigureAwait(false) is not { } attacked)
                {
                    continue;
                }

                var detection = WatermarkDetector.Detect(attacked.Samples, attacked.Rate, key);
                results.Add(attack, name, detection.Found, detection.Payload == payload.Value, detection.Payload is { } read && read != payload.Value, detection.Score);
            }
        }

        foreach (var clip in libri)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (samples, rate) = AudioDecoder.Read(clip);
            results.AddUnmarked(WatermarkDetector.Detect(samples, rate, key));
        }

        foreach (var group in ArcticUnmarked(arctic))
        {
            var decoded = group.Select(AudioDecoder.Read).ToList();
            results.AddUnmarked(WatermarkDetector.Detect(decoded.SelectMany(d => d.Samples).ToArray(), decoded[0].SampleRate, key));
        }

        results.CpuRtf = TypicalCpuRtf;
        return results;
    }

    // Marked items: the first 20 clips of each ARCTIC speaker folder, twice (clips 1-20 and 21-40).
    private static IEnumerable<List<string>> ArcticGroups(string folder)
    {
        var root = Path.Combine(folder, "cmu_arctic");
        if (!Directory.Exists(root))
        {
            yield break;
        }

        foreach (var speaker in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var clips = Directory.EnumerateFiles(speaker, "*.flac").Order(StringComparer.Ordinal).ToList();
            for (var g = 0; g < 2 && (g + 1) * 20 <= clips.Count; g++)
            {
                yield return clips.GetRange(g * 20, 20);
            }
        }
    }

    // Unmarked ARCTIC items: further groups of 20 clips that were never marked.
    private static IEnumerable<List<string>> ArcticUnmarked(List<List<string>> marked)
    {
        foreach (var speaker in marked.Select(g => Path.GetDirectoryName(g[0])!).Distinct())
        {
            var clips = Directory.EnumerateFiles(speaker, "*.flac").Order(StringComparer.Ordinal).Skip(40).ToList();
            for (var g = 0; (g + 1) * 20 <= clips.Count && g < 20; g++)
            {
                yield return clips.GetRange(g * 20, 20);
            }
        }
    }
}
