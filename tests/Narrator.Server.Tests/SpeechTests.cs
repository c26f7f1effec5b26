using System.Net;
using Narrator.Audio;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;

namespace Narrator.Server.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
[Trait("Needs", "ffmpeg")]
public sealed class SpeechTests
{
    private const int TinyRate = 16000;

    private const string Paragraph = "The keeper climbed the stair. The lamp was cold and the glass was dark. He struck a match and waited for the flame.";

    [Fact]
    public async Task Speech_Wav_StreamHoldsTheSamplesTheLibraryMakes()
    {
        await using var host = await TestServerHost.StartAsync();
        using var response = await host.SpeakAsync(new { input = Paragraph, voice = "tiny", response_format = "wav" });
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Expected(host, Paragraph), bytes[44..]);
        Assert.Equal(WavEncoder.Header(TinyRate), bytes[..44]);
    }

    [Fact]
    public async Task Speech_LongText_FirstAudioArrivesBeforeSynthesisEnds()
    {
        HeldVoice? held = null;
        string? stock = null;
        await using var host = await TestServerHost.StartAsync(open: request => held = new HeldVoice(VoiceLoader.Load(VoiceResolver.Resolve(request.Voice, stock!))));
        stock = host.Options.StockFolder;
        var text = $"{Paragraph}\n\n{Paragraph}\n\n{Paragraph}";
        using var response = await host.SpeakAsync(new { input = text, response_format = "wav" }, completion: HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var count = 0L;
        var reading = Task.Run(async () =>
        {
            var buffer = new byte[8192];
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                Interlocked.Add(ref count, read);
            }
        });

        // The voice waits before its second utterance: all the audio of the first must reach the client meanwhile.
        await held!.Waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var first = 44 + (FirstChunkSamples(host, text) * 2);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Interlocked.Read(ref count) < first && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var whileHeld = Interlocked.Read(ref count);
        held.Release.Release();
        await reading.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(whileHeld >= first, $"{whileHeld} bytes arrived while synthesis was held; the first utterance makes {first}.");
        Assert.Equal(Expected(host, text).Length + 44, Interlocked.Read(ref count));
    }

    [Theory]
    [InlineData("mp3", "audio/mpeg")]
    [InlineData("opus", "audio/ogg")]
    [InlineData("aac", "audio/aac")]
    [InlineData("flac", "audio/flac")]
    public async Task Speech_EncodedFormat_DecodesToTheSameDuration(string format, string contentType)
    {
        await using var host = await TestServerHost.StartAsync();
        using var response = await host.SpeakAsync(new { input = Paragraph, voice = "tiny", response_format = format });
        var file = Path.Combine(host.Folder, "speech." + format);
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());

        var (samples, rate) = AudioDecoder.Read(file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.InRange(samples.Length / (double)rate, Seconds(host, Paragraph) - 0.1, Seconds(host, Paragraph) + 0.1);
    }

    [Theory]
    [InlineData("ulaw", 8000, 1)]
    [InlineData("pcm", 24000, 2)]
    public async Task Speech_RawFormat_HasItsRateAndSampleSize(string format, int rate, int bytesPerSample)
    {
        await using var host = await TestServerHost.StartAsync();
        using var response = await host.SpeakAsync(new { input = "Press one for sales.", voice = "tiny", response_format = format });
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(rate.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Narrator-Sample-Rate").Single());
        Assert.InRange(bytes.Length / (double)bytesPerSample / rate, Seconds(host, "Press one for sales.") - 0.05, Seconds(host, "Press one for sales.") + 0.05);
    }

    [Fact]
    public async Task Voices_Listed_StockVoicesOnlyWithAnEmptyStore()
    {
        await using var host = await TestServerHost.StartAsync();
        var body = await host.Client.GetStringAsync("/v1/voices");

        Assert.Contains("\"id\":\"default\",\"kind\":\"stock\"", body, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"tiny\",\"kind\":\"stock\"", body, StringComparison.Ordinal);
    }

    private static byte[] Expected(TestServerHost host, string text)
    {
        using var synthesizer = Synthesizer.Create(VoiceLoader.Load(VoiceResolver.Resolve("tiny", host.Options.StockFolder)));
        var samples = synthesizer.SynthesizeAsync(text).ToBlockingEnumerable().SelectMany(c => c.Samples.ToArray()).ToArray();
        var bytes = new byte[samples.Length * 2];
        Pcm16.Encode(samples, bytes);
        return bytes;
    }

    private static int FirstChunkSamples(TestServerHost host, string text)
    {
        using var synthesizer = Synthesizer.Create(VoiceLoader.Load(VoiceResolver.Resolve("tiny", host.Options.StockFolder)));
        return synthesizer.SynthesizeAsync(text).ToBlockingEnumerable().First().Samples.Length;
    }

    private static double Seconds(TestServerHost host, string text) => Expected(host, text).Length / 2.0 / TinyRate;
}
