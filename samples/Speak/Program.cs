// Speaks a text with Narrator's default voice and streams it to a WAV file as it is synthesized.
// dotnet run -- "It was 3 pm. Dr. Watson had not come back." watson.wav
using Narrator.Audio;
using Narrator.Models;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;

var text = args.Length > 0 ? args[0] : "It was 3 pm. Dr. Watson had not come back.";
var output = args.Length > 1 ? args[1] : "speech.wav";

// No name: the default stock voice, from voices/ beside the executable (Narrator.Voices.Default).
var reference = VoiceResolver.Resolve(null, VoiceResolver.DefaultStockFolder);
var voice = VoiceLoader.Load(reference, new ExecutionOptions { Device = ExecutionDevice.Auto });
using var synthesizer = Synthesizer.Create(voice);   // owns the voice and disposes it
Console.Error.WriteLine($"Voice {voice.Name}, {voice.SampleRate} Hz, on {voice.ExecutionProvider}.");

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

// Each chunk is one utterance, written to the file as soon as it is spoken.
var duration = await WavFile.WriteAsync(output, Logged(synthesizer.SynthesizeAsync(text, cancel.Token)), cancel.Token);
Console.WriteLine($"{output}: {duration.TotalSeconds:0.00} s");

static async IAsyncEnumerable<AudioChunk> Logged(IAsyncEnumerable<AudioChunk> chunks)
{
    await foreach (var chunk in chunks)
    {
        Console.WriteLine($"{chunk.Index}: {chunk.Duration.TotalSeconds:0.00} s  \"{chunk.Text}\" at {chunk.Source}");
        yield return chunk;
    }
}
