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

    /// <summary>How voices run (device, providers). Default <see cref="ExecutionOptions.Default"/>.</summary>
    public ExecutionOptions Execution { get; init; } = ExecutionOptions.Default;

    /// <summary>Decodes reference and consent recordings as mono samples at their rate. [default: <see cref="AudioDecoder.Stream"/>: WAV, and anything ffmpeg decodes, block by block]</summary>
    public AudioReader ReadAudio { get; init; } = AudioDecoder.Stream;

    /// <summary>Hears the consent statement in a clone's consent recording. [default: pocketsphinx]</summary>
    public IStatementRecognizer? Recognizer { get; init; } = new PocketSphinxRecognizer();
}
