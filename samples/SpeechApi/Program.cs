// A minimal API that streams speech: GET /speak?text=Hello%20there. answers a WAV whose audio
// arrives sentence by sentence while the rest is still being synthesized.
// dotnet run --urls http://localhost:5000, then: curl -o hello.wav "http://localhost:5000/speak?text=Hello."
using System.Buffers.Binary;
using Narrator.Audio;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;

var builder = WebApplication.CreateBuilder(args);
// One synthesizer for the app (loading a voice takes a while); it speaks one request at a time.
builder.Services.AddSingleton(_ => Synthesizer.Create(VoiceLoader.Load(VoiceResolver.Resolve(null, VoiceResolver.DefaultStockFolder))));
builder.Services.AddSingleton(_ => new SemaphoreSlim(1, 1));
var app = builder.Build();

app.MapGet("/speak", async (string? text, Synthesizer synthesizer, SemaphoreSlim turn, HttpResponse response, CancellationToken cancellationToken) =>
{
    if (string.IsNullOrWhiteSpace(text))
    {
        return Results.BadRequest("Give the text to speak: /speak?text=Hello.");
    }

    await turn.WaitAsync(cancellationToken);
    try
    {
        response.ContentType = "audio/wav";
        await response.Body.WriteAsync(StreamingWavHeader(synthesizer.Voice.SampleRate), cancellationToken);
        await foreach (var chunk in synthesizer.SynthesizeAsync(text, cancellationToken))
        {
            var bytes = new byte[chunk.Samples.Length * 2];
            Pcm16.Encode(chunk.Samples.Span, bytes);
            await response.Body.WriteAsync(bytes, cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }

        return Results.Empty;
    }
    finally
    {
        turn.Release();
    }
});

app.Run();

// A 16-bit mono WAV header whose sizes say "unknown length" (0xFFFFFFFF), as streaming players expect.
static byte[] StreamingWavHeader(int sampleRate)
{
    var header = new byte[44];
    "RIFF"u8.CopyTo(header);
    BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), uint.MaxValue);
    "WAVEfmt "u8.CopyTo(header.AsSpan(8));
    BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), 16);
    BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(20), 1);
    BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(22), 1);
    BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(24), sampleRate);
    BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(28), sampleRate * 2);
    BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(32), 2);
    BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(34), 16);
    "data"u8.CopyTo(header.AsSpan(36));
    BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(40), uint.MaxValue);
    return header;
}
