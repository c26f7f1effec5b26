namespace Narrator.Voices;

/// <summary>
/// An offline speech recognizer that hears many clips at once (proof-listening, corpus checks): pocketsphinx by
/// default (<see cref="PocketSphinxBatch"/>); another recognizer, such as Whisper with a model file the user supplies,
/// plugs in by implementing this.
/// </summary>
public interface ISpeechRecognizer
{
    /// <summary>What recognizer this is, for reports.</summary>
    string Name { get; }

    /// <summary>Why it cannot listen on this machine (not installed, no model file), or null when it can.</summary>
    string? Unavailable { get; }

    /// <summary>The transcript of each clip, in order (an empty string where nothing was heard).</summary>
    Task<IReadOnlyList<string>> TranscribeAsync(IReadOnlyList<(float[] Samples, int SampleRate)> clips, CancellationToken cancellationToken = default);
}
