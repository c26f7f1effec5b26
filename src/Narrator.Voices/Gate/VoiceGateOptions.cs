using Narrator.Audio;
using Narrator.Models;
using Narrator.Synthesis.Voices;

namespace Narrator.Voices;

/// <summary>Where the consent gate finds voices, how it runs them and how it checks consent recordings.</summary>
public sealed class VoiceGateOptions
{
    /// <summary>The shipped voices. [default: <c>voices/</c> beside the executable]</summary>
    public string StockFolder { get; init; } = VoiceResolver.DefaultStockFolder;

    /// <summary>The user's voice store. [default: <see cref="VoiceStore.Locate"/> with no option]</summary>
    public string StoreFolder { get; init; } = VoiceStore.Locate(null);

    public ExecutionOptions Execution { get; init; } = ExecutionOptions.Default;

    /// <summary>Reads reference and consent recordings as mono samples and their rate. [default: <see cref="AudioDecoder.Read"/>: WAV, and anything ffmpeg decodes]</summary>
    public Func<string, (float[] Samples, int SampleRate)> ReadAudio { get; init; } = AudioDecoder.Read;

    /// <summary>Hears the consent statement in a clone's consent recording. [default: pocketsphinx]</summary>
    public IStatementRecognizer? Recognizer { get; init; } = new PocketSphinxRecognizer();
}
