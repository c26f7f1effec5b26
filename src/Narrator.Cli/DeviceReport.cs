using Narrator.Synthesis.Voices;

namespace Narrator.Cli;

/// <summary>Says which voice runs where, on stderr, so stdout stays the command's result.</summary>
internal static class DeviceReport
{
    public static Task WriteAsync(TextWriter error, IVoice voice)
    {
        var fallback = voice.FallbackReason is { } reason ? $" ({reason})" : string.Empty;
        return error.WriteLineAsync($"Voice {voice.Name}, {voice.SampleRate} Hz, running on {voice.ExecutionProvider}{fallback}.");
    }
}
