namespace Narrator.Voices.Tests.Script;

/// <summary>Hears the given transcripts one after the other, one per call (takes are checked in file-name order).</summary>
internal sealed class SequenceRecognizer(params string[] transcripts) : IStatementRecognizer
{
    private int _next;

    public string Name => "sequence";

    public string? Transcribe(float[] samples, int sampleRate, out string unavailable)
    {
        unavailable = string.Empty;
        return transcripts[_next++];
    }
}
