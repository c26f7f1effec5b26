namespace Narrator.Voices.Tests.Script;

/// <summary>Hears the transcript given for the take's length in samples (takes are checked in parallel, so not by call order).</summary>
internal sealed class LengthRecognizer(IReadOnlyDictionary<int, string> byLength) : IStatementRecognizer
{
    public string Name => "by length";

    public string? Transcribe(float[] samples, int sampleRate, out string unavailable)
    {
        unavailable = string.Empty;
        return byLength.TryGetValue(samples.Length, out var transcript) ? transcript : "a take nobody expected";
    }
}
