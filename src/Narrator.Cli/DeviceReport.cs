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

    /// <summary>Warns about phonemes the voice could not say: they were skipped.</summary>
    public static Task WriteUnknownSymbolsAsync(TextWriter error, IVoice voice)
    {
        if (voice.UnknownSymbols.Count == 0)
        {
            return Task.CompletedTask;
        }

        var symbols = string.Join(", ", voice.UnknownSymbols.Select(s => $"'{s.Key}' ({s.Value}x)"));
        return error.WriteLineAsync($"warning: voice {voice.Name} has no id for these phonemes, which were skipped: {symbols}.");
    }
}
