namespace Narrator.Voices.Tests;

internal sealed class FakeRecognizer(string? transcript) : IStatementRecognizer
{
    public string Name => "fake";

    public string? Transcribe(float[] samples, int sampleRate, out string unavailable)
    {
        unavailable = transcript is null ? "fake recognizer unavailable" : string.Empty;
        return transcript;
    }
}
