using System.Net;
using System.Text.Json;
using Narrator.Testing;
using Narrator.Voices;

namespace Narrator.Server.Tests.Studio;

/// <summary>
/// A whole enrollment through the studio's API on the shipped default bundle (its trained speaker encoder
/// compares the consent speaker with the takes' speaker). No recording of a person reading the consent
/// statement exists in the shared data, so one synthetic speaker stands in for the person: flite's slt
/// voice reads the statement and the prompts, and pocketsphinx hears them as it would hear a person.
/// Only the minimum of speech is lowered (three takes, not two minutes); every other check is the library's own.
/// </summary>
[Collection(StudioAlone.Name)]
[Trait("Tier", "integration")]
[Trait("Needs", "flite")]
[Trait("Needs", "pocketsphinx")]
[Trait("Needs", "espeak-ng")]
public sealed class StudioEnrollmentTests
{
    [Fact]
    public async Task Enroll_ConsentAndTakesOfOneSpeaker_EnrollsAVoiceThatSpeaksPreviews()
    {
        using var fewTakes = ConsentTesting.AllowFewTakes(4);
        var bundle = Path.Combine(SharedData.RepositoryRoot!, "voices", "default");
        await using var host = await TestServerHost.StartAsync(configure: o => new SpeechServerOptions
        {
            StockFolder = o.StockFolder, StoreFolder = o.StoreFolder, KeysFile = o.KeysFile, JobsFolder = o.JobsFolder, StudioFolder = o.StudioFolder, EnrollmentBundle = bundle,
        });
        var studio = new StudioClient(host);
        using var created = await studio.SessionAfterOpenAsync("Jane Doe", prompts: 10);
        var session = Json(await created.Content.ReadAsStringAsync());
        var id = session.GetProperty("id").GetString()!;
        var prompts = session.GetProperty("prompts").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("text").GetString()!);

        using var consent = await studio.PostAsync($"sessions/{id}/consent", StudioClient.Wav(Flite.Wav(host.Folder, session.GetProperty("statement").GetString()!)));
        foreach (var prompt in (string[])["arctic_a0005", "arctic_a0007", "arctic_a0010"])
        {
            using var take = await studio.PostAsync($"sessions/{id}/takes/{prompt}", StudioClient.Wav(Flite.Wav(host.Folder, prompts[prompt])));
            Assert.True(Json(await take.Content.ReadAsStringAsync()).GetProperty("report").GetProperty("passed").GetBoolean(), await take.Content.ReadAsStringAsync());
        }

        var (started, final) = await studio.EnrollAsync(id);
        started.Dispose();
        using var again = await studio.PostAsync($"sessions/{id}/enroll", null);
        using var preview = await host.SpeakAsync(new { input = "Hello there.", voice = "jane-doe", response_format = "wav", use = "preview" });
        using var advert = await host.SpeakAsync(new { input = "Hello there.", voice = "jane-doe", response_format = "wav", use = "advertising" });

        Assert.True(Json(await consent.Content.ReadAsStringAsync()).GetProperty("passed").GetBoolean(), await consent.Content.ReadAsStringAsync());
        Assert.True(final.GetProperty("status").GetString() == "done", final.ToString());
        Assert.Equal("jane-doe", final.GetProperty("voice").GetString());
        var record = VoiceStore.At(host.Options.StoreFolder).Get("jane-doe");
        Assert.Equal(StatementCheck.Verified, record.Consent!.StatementVerified);
        Assert.Equal(["audiobook", "preview"], record.Consent.Uses);
        Assert.Equal(["arctic_a0005", "arctic_a0007", "arctic_a0010"], record.References.Select(r => r.PromptId));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, advert.StatusCode);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
