using System.Net;
using Narrator.Audio;
using Narrator.Voices;
using Narrator.Voices.Tests;

namespace Narrator.Server.Tests;

/// <summary>
/// An enrolled voice (on the tiny bundle, whose random encoder makes the speaker comparison meaningless,
/// so the threshold is set to accept) speaks only for the publisher and use its consent names.
/// </summary>
public sealed class ConsentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private static string TinyBundle => Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny");

    [Fact]
    public async Task Speech_EnrolledVoice_SpeaksOnlyForThePublisherItsConsentNames()
    {
        using var uncalibrated = ConsentTesting.AllowUncalibratedThresholds();
        var folder = TestServerHost.NewFolder();
        var id = Enroll(folder, publisher: "acme", uses: ["api"]);
        var keys = ApiKeyStore.Open(Path.Combine(folder, "keys.json"));
        var (_, _, acme) = keys.Add("acme", Now);
        var (_, _, globex) = ApiKeyStore.Open(keys.File).Add("globex", Now);
        await using var host = await TestServerHost.StartAsync(folder);

        using var refused = await host.SpeakAsync(new { input = "Hello there.", voice = id, response_format = "wav" }, key: globex);
        using var spoken = await host.SpeakAsync(new { input = "Hello there.", voice = id, response_format = "wav" }, key: acme);
        using var otherUse = await host.SpeakAsync(new { input = "Hello there.", voice = id, response_format = "wav", use = "advertising" }, key: acme);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("consent was given to publisher 'acme', not 'globex'", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, spoken.StatusCode);
        Assert.True((await spoken.Content.ReadAsByteArrayAsync()).Length > 44 + 1000);
        Assert.Equal(HttpStatusCode.Forbidden, otherUse.StatusCode);
        Assert.Contains("not 'advertising'", await otherUse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voices_EnrolledVoice_ListedOnlyToItsPublisher()
    {
        using var uncalibrated = ConsentTesting.AllowUncalibratedThresholds();
        var folder = TestServerHost.NewFolder();
        var id = Enroll(folder, publisher: "acme", uses: ["api"]);
        var (_, _, acme) = ApiKeyStore.Open(Path.Combine(folder, "keys.json")).Add("acme", Now);
        var (_, _, globex) = ApiKeyStore.Open(Path.Combine(folder, "keys.json")).Add("globex", Now);
        await using var host = await TestServerHost.StartAsync(folder);

        Assert.Contains($"\"id\":\"{id}\",\"kind\":\"enrolled\"", await Voices(host, acme), StringComparison.Ordinal);
        Assert.DoesNotContain(id, await Voices(host, globex), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speech_VoiceRevokedWhileLoaded_RefusedFromThen()
    {
        using var uncalibrated = ConsentTesting.AllowUncalibratedThresholds();
        var folder = TestServerHost.NewFolder();
        var id = Enroll(folder, publisher: "any", uses: ["api"]);
        await using var host = await TestServerHost.StartAsync(folder);
        using (var before = await host.SpeakAsync(new { input = "Hello there.", voice = id, response_format = "wav" }))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var store = VoiceStore.At(Path.Combine(folder, "store"));
        store.Revoke(store.Get(id).Consent!.Id);
        using var after = await host.SpeakAsync(new { input = "Hello there.", voice = id, response_format = "wav" });

        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Contains("was revoked in this store", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> Voices(TestServerHost host, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/voices");
        request.Headers.Authorization = new("Bearer", key);
        using var response = await host.Client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Enroll(string folder, string publisher, IReadOnlyList<string> uses)
    {
        var input = Directory.CreateDirectory(Path.Combine(folder, "input")).FullName;
        using var embedder = BundleEmbedder.FromDirectory(TinyBundle);
        var result = new VoiceEnroller(embedder, embedder.Bundle, WavFile.Stream).Enroll(new EnrollmentRequest
        {
            Name = "Jane Doe",
            ConsentRecording = Signals.Write(input, "consent.wav", Signals.Speechlike(4)),
            Statement = ConsentStatement.Text("Jane Doe", publisher, uses),
            References = [Signals.Write(input, "jane1.wav", Signals.Speechlike(8)), Signals.Write(input, "jane2.wav", Signals.Speechlike(8, pitch: 150))],
            UnverifiedStatement = true,
            Publisher = publisher,
            Uses = uses,
            Thresholds = new ConsentThresholds { Speaker = -1 },
        }, VoiceStore.At(Path.Combine(folder, "store")), DateOnly.FromDateTime(DateTime.Now));
        return result.Voice.Id;
    }
}
