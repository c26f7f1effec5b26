using System.Net;
using System.Text;

namespace Narrator.Server.Tests;

/// <summary>Every bad request gets a 4xx with a message saying what is wrong, and the server goes on serving.</summary>
[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
public sealed class RequestErrorTests
{
    [Theory]
    [InlineData("{\"input\": \"Hello.\", ", 400, "not valid JSON for this endpoint (line 1")]
    [InlineData("[1, 2]", 400, "not valid JSON")]
    [InlineData("", 400, "has no body")]
    [InlineData("{\"voice\": \"tiny\"}", 400, "'input' is missing or empty")]
    [InlineData("{\"input\": \"   \"}", 400, "'input' is missing or empty")]
    [InlineData("{\"input\": \"Hi.\", \"voice\": \"alloy\"}", 400, "voice 'alloy' is not offered here; voices: default, tiny")]
    [InlineData("{\"input\": \"Hi.\", \"voice\": \"/etc/passwd\"}", 400, "voice '/etc/passwd' is not offered here")]
    [InlineData("{\"input\": \"Hi.\", \"voice\": \"../stock/tiny.onnx\"}", 400, "is not offered here")]
    [InlineData("{\"input\": \"Hi.\", \"response_format\": \"ogg\"}", 400, "response_format 'ogg' is not offered; choose one of mp3, opus, aac, flac, wav, pcm, ulaw")]
    [InlineData("{\"input\": \"Hi.\", \"speed\": 9}", 400, "'speed' 9 is outside 0.25 to 4")]
    [InlineData("{\"input\": \"Hi.\", \"speed\": \"fast\"}", 400, "not valid JSON")]
    public async Task Speech_BadRequest_AnsweredWithItsProblem(string body, int status, string message)
    {
        await using var host = await TestServerHost.StartAsync();
        using var response = await host.Client.PostAsync("/v1/audio/speech", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(message, text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        using var after = await host.SpeakAsync(new { input = "Still here.", voice = "tiny", response_format = "wav" });
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Speech_InputOverTheLimit_RefusedNamingTheLimit()
    {
        await using var host = await TestServerHost.StartAsync();
        using var response = await host.SpeakAsync(new { input = new string('a', 4097), voice = "tiny" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'input' is 4097 characters; this server speaks at most 4096", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speech_OneMegabyteBody_RefusedAsTooLarge()
    {
        await using var host = await TestServerHost.StartAsync();
        using var response = await host.SpeakAsync(new { input = new string('a', 1024 * 1024), voice = "tiny" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("this server takes at most 65536", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speech_OverTheRateLimit_TooManyRequests()
    {
        await using var host = await TestServerHost.StartAsync(configure: o => new SpeechServerOptions
        {
            StockFolder = o.StockFolder, StoreFolder = o.StoreFolder, KeysFile = o.KeysFile, JobsFolder = o.JobsFolder, RequestsPerMinute = 2,
        });
        for (var i = 0; i < 2; i++)
        {
            using var ok = await host.SpeakAsync(new { input = "One.", voice = "tiny", response_format = "wav" });
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var third = await host.SpeakAsync(new { input = "One.", voice = "tiny", response_format = "wav" });

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("allows 2 a minute", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
