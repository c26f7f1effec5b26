namespace Narrator.Voices;

/// <summary>Speech recognition for the consent statement: what the recording says, or null with a reason when it cannot tell.</summary>
public interface IStatementRecognizer
{
    /// <summary>What recognizer this is, for the consent record.</summary>
    string Name { get; }

    /// <summary>The transcript, or null and <paramref name="unavailable"/> says why (no recognizer installed…).</summary>
    string? Transcribe(float[] samples, int sampleRate, out string unavailable);
}
