using Narrator.Audio;
using Narrator.Voices;

namespace Narrator.Evaluation;

/// <summary>
/// Calibrates <see cref="Thresholds.StatementWordsRecognized"/>: no spoken consent statements exist in
/// the data, so natural recordings of known sentences stand in. Matched: the share of a recording's
/// own text that the recognizer hears in it. Mismatched: the share of a consent statement's words
/// that it hears in the same recordings, which say something else (what someone reading the wrong
/// text would score).
/// </summary>
public static class StatementCalibration
{
    /// <summary>The statement the mismatched trials look for.</summary>
    public static string Statement { get; } = ConsentStatement.Text("Jane Doe", "Acme Audio", ["audiobook", "preview"]);

    public static (List<double> Matched, List<double> Mismatched) Run(
        IEnumerable<(string Text, float[] Samples, int SampleRate)> recordings, IStatementRecognizer recognizer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        ArgumentNullException.ThrowIfNull(recognizer);
        var matched = new List<double>();
        var mismatched = new List<double>();
        foreach (var (text, samples, rate) in recordings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var transcript = recognizer.Transcribe(samples, rate, out var unavailable)
                ?? throw new VoiceException($"Cannot calibrate the statement check: {unavailable}.");
            matched.Add(ConsentStatement.RecognizedShare(text, transcript));
            mismatched.Add(ConsentStatement.RecognizedShare(Statement, transcript));
        }

        return (matched, mismatched);
    }

    /// <summary>Statement-length recordings: three consecutive held-out sentences of one speaker, joined; the speakers take turns.</summary>
    public static IEnumerable<(string Text, float[] Samples, int SampleRate)> Recordings(string data)
    {
        var joins = CorpusSentence.ReadHeldOut(data).GroupBy(h => h.Speaker).Select(g => g.Chunk(3).Where(c => c.Length == 3).ToList()).ToList();
        for (var i = 0; i < joins.Max(j => j.Count); i++)
        {
            foreach (var chunk in joins.Where(j => i < j.Count).Select(j => j[i]))
            {
                var audio = chunk.Select(h => AudioDecoder.Read(h.Recording)).ToList();
                var rate = audio[0].SampleRate;
                yield return (string.Join(' ', chunk.Select(h => h.Text)), audio.SelectMany(a => Resampling.Resample(a.Samples, a.SampleRate, rate)).ToArray(), rate);
            }
        }
    }
}
