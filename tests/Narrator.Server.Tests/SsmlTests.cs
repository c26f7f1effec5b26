using System.Net;

namespace Narrator.Server.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
public sealed class SsmlTests
{
    [Fact]
    public async Task Speech_SsmlBreak_AddsItsPause()
    {
        await using var host = await TestServerHost.StartAsync();
        var plain = await WavSecondsAsync(host, "<speak>Hello there. Goodbye now.</speak>");
        var paused = await WavSecondsAsync(host, "<speak>Hello there. <break time=\"2s\"/> Goodbye now.</speak>");

        Assert.InRange(paused - plain, 1.5, 2.5);
    }

    [Fact]
    public async Task Speech_SsmlVoiceElement_SpeaksThroughTheNamedVoice()
    {
        await using var host = await TestServerHost.StartAsync();

        Assert.True(await WavSecondsAsync(host, "<speak>Hello. <voice name=\"tiny\">Goodbye.</voice></speak>") > 0.2);
    }

    [Theory]
    [InlineData("<speak>Hello. <voice name=\"alloy\">Bye.</voice></speak>", "input line 1, column [0-9]+: voice 'alloy' is not offered here")]
    [InlineData("<speak>Hello.\n<break time=\"2s\"></speak>", "line 2[^0-9]")]
    public async Task Speech_BadSsml_RefusedWithTheLineAndColumn(string ssml, string pattern)
    {
        await using var host = await TestServerHost.StartAsync();
        using var response = await host.SpeakAsync(new { input = ssml, voice = "tiny", response_format = "wav" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches(pattern, await response.Content.ReadAsStringAsync());
    }

    private static async Task<double> WavSecondsAsync(TestServerHost host, string ssml)
    {
        using var response = await host.SpeakAsync(new { input = ssml, voice = "tiny", response_format = "wav" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await response.Content.ReadAsByteArrayAsync()).Length - 44) / 2.0 / 16000;
    }
}
