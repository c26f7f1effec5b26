namespace Narrator.Voices;

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
}
