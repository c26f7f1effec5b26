using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Narrator.Voices;
using Narrator.Testing;

namespace Narrator.Server.Tests.Studio;

/// <summary>A voice actor's session through the studio's API: takes checked at once, bad uploads refused, enrollment's refusals.</summary>
[Collection(StudioAlone.Name)]
[Trait("Tier", "integration")]
[Trait("Needs", "pocketsphinx")]
[Trait("Needs", "shared-data")]
[Trait("Needs", "ffmpeg")]
public sealed class StudioRecordingTests
{
    [SharedDataFact("speech/cmu_arctic/bdl/arctic_a0001.flac")]
    public async Task Take_RealRecordingOfThePrompt_PassesWithItsFiguresAndWordsHeard()
    {
        await using var host = await TestServerHost.StartAsync();
        var (studio, id) = await StartAsync(host);

        using var response = await studio.PostAsync($"sessions/{id}/takes/arctic_a0001", StudioClient.Wav(await StudioClient.ArcticWavAsync("bdl", "arctic_a0001")));
        var body = await response.Content.ReadAsStringAsync();
        var report = Json(body).GetProperty("report");

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.True(report.GetProperty("passed").GetBoolean(), body);
        Assert.InRange(report.GetProperty("levelDb").GetDouble(), -40, 0);
        Assert.InRange(report.GetProperty("snrDb").GetDouble(), 15, 120);
        Assert.Contains("danger", report.GetProperty("heard").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(host.Options.StudioFolder, id, "takes", "arctic_a0001.wav")));
    }

    [SharedDataFact("speech/cmu_arctic/slt/arctic_a0002.flac")]
    public async Task Take_OfAnotherPrompt_RejectedForItsWordsThenReRecordedAndTheSessionSaysWhereToGoOn()
    {
        await using var host = await TestServerHost.StartAsync();
        var (studio, id) = await StartAsync(host, prompts: 1);

        using var wrong = await studio.PostAsync($"sessions/{id}/takes/arctic_a0001", StudioClient.Wav(await StudioClient.ArcticWavAsync("slt", "arctic_a0002")));
        using var afterWrong = await studio.GetAsync($"sessions/{id}");
        using var right = await studio.PostAsync($"sessions/{id}/takes/arctic_a0001", StudioClient.Wav(await StudioClient.ArcticWavAsync("bdl", "arctic_a0001")));
        using var session = await studio.GetAsync($"sessions/{id}");

        Assert.Contains("the words do not match the prompt", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var toRecordAgain = Json(await afterWrong.Content.ReadAsStringAsync()).GetProperty("progress");
        Assert.Equal(("arctic_a0001", "record-again", 1, 0), (toRecordAgain.GetProperty("resume").GetString(), toRecordAgain.GetProperty("reason").GetString(), toRecordAgain.GetProperty("recorded").GetInt32(), toRecordAgain.GetProperty("good").GetInt32()));
        var reRecorded = Json(await session.Content.ReadAsStringAsync());
        Assert.True(reRecorded.GetProperty("takes").GetProperty("arctic_a0001").GetProperty("passed").GetBoolean());
        Assert.Equal(("all-good", 1), (reRecorded.GetProperty("progress").GetProperty("reason").GetString(), reRecorded.GetProperty("progress").GetProperty("good").GetInt32()));
    }

    [Theory]
    [InlineData("arctic_a0001", "RIFF....AVI LIST", 415, "is not a WAV recording")]
    [InlineData("arctic_a0001", "RIFF\u0004\0\0\0WAVEjunk", 415, "cannot be read as audio")]
    [InlineData("arctic_a0020", "RIFF....WAVE", 404, "'arctic_a0020' is not a prompt of this session's script")]
    [InlineData("..%2F..%2Fkeys", "RIFF....WAVE", 404, "is not a prompt of this session's script")]
    public async Task Take_NotAudioOrNotAPrompt_RefusedAndNothingKept(string prompt, string body, int status, string message)
    {
        await using var host = await TestServerHost.StartAsync();
        var (studio, id) = await StartAsync(host);

        using var response = await studio.PostAsync($"sessions/{id}/takes/{prompt}", StudioClient.Wav(Encoding.Latin1.GetBytes(body)));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["session.json"], Directory.GetFileSystemEntries(Path.Combine(host.Options.StudioFolder, id)).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Take_LargerThanTheLimit_RefusedAndNothingKept()
    {
        await using var host = await TestServerHost.StartAsync();
        var (studio, id) = await StartAsync(host);
        var body = new byte[RecordingUpload.MaxBytes + 1];
        "RIFF....WAVE"u8.CopyTo(body);

        using var response = await studio.PostAsync($"sessions/{id}/takes/arctic_a0001", StudioClient.Wav(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than a recording may be here (16 MiB)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["session.json"], Directory.GetFileSystemEntries(Path.Combine(host.Options.StudioFolder, id)).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Session_OfAnotherPublisher_NotFound()
    {
        var folder = TestServerHost.NewFolder();
        var (_, _, acme) = ApiKeyStore.Open(Path.Combine(folder, "keys.json")).Add("acme", DateTimeOffset.UtcNow);
        var (_, _, globex) = ApiKeyStore.Open(Path.Combine(folder, "keys.json")).Add("globex", DateTimeOffset.UtcNow);
        await using var host = await TestServerHost.StartAsync(folder);
        var (_, id) = await StartAsync(host, acme);
        var other = new StudioClient(host, globex);
        await other.OpenAsync();

        using var read = await other.GetAsync($"sessions/{id}");
        using var take = await other.PostAsync($"sessions/{id}/takes/arctic_a0001", StudioClient.Wav(Encoding.Latin1.GetBytes("RIFF....WAVE")));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, take.StatusCode);
        Assert.Contains($"No studio session '{id}' for this key", await take.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\":\"  \"}", "Give the speaker's full name")]
    [InlineData("{\"name\":\"Jane\",\"prompts\":5000}", "a script holds 1 to")]
    [InlineData("{\"name\":", "The body is not valid JSON")]
    public async Task Session_BadRequest_RefusedWithTheReason(string json, string message)
    {
        await using var host = await TestServerHost.StartAsync();
        var studio = new StudioClient(host);
        await studio.OpenAsync();

        using var response = await studio.PostAsync("sessions", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enroll_NothingRecorded_ConflictNamingWhatIsMissing()
    {
        await using var host = await TestServerHost.StartAsync();
        var (studio, id) = await StartAsync(host);

        using var enroll = await studio.PostAsync($"sessions/{id}/enroll", null);
        using var adapt = await studio.PostAsync($"sessions/{id}/adapt", null);

        Assert.Equal(HttpStatusCode.Conflict, enroll.StatusCode);
        Assert.Contains("Record the consent statement and the script's prompts before enrolling", await enroll.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, adapt.StatusCode);
        Assert.Contains("Enroll the voice before adapting it", await adapt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SharedDataFact("speech/cmu_arctic/slt/arctic_a0001.flac")]
    public async Task Enroll_OneTake_FailsInTheBackgroundWithEachTakesReportKeptForTheSession()
    {
        var folder = TestServerHost.NewFolder();
        var host = await TestServerHost.StartAsync(folder);
        var (studio, id) = await StartAsync(host);
        using var consent = await studio.PostAsync($"sessions/{id}/consent", StudioClient.Wav(await StudioClient.ArcticWavAsync("slt", "arctic_a0003")));
        using var take = await studio.PostAsync($"sessions/{id}/takes/arctic_a0001", StudioClient.Wav(await StudioClient.ArcticWavAsync("slt", "arctic_a0001")));
        var (started, final) = await studio.EnrollAsync(id);
        started.Dispose();
        await host.StopAsync();

        // A page reloaded after a server restart still finds the failure, and can enroll again.
        await using var restarted = await TestServerHost.StartAsync(folder);
        var reloaded = new StudioClient(restarted);
        using var session = await reloaded.GetAsync($"sessions/{id}");
        var kept = Json(await session.Content.ReadAsStringAsync()).GetProperty("enrollment");
        var replayed = await reloaded.FollowEnrollmentAsync(id);

        var heard = Json(await consent.Content.ReadAsStringAsync());
        Assert.False(heard.GetProperty("passed").GetBoolean(), heard.ToString());
        Assert.Equal("failed", final.GetProperty("status").GetString());
        Assert.Contains("minutes are needed", final.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("arctic_a0001.wav", final.GetProperty("reports")[0].GetProperty("file").GetString());
        Assert.Equal(final.GetProperty("error").GetString(), kept.GetProperty("error").GetString());
        Assert.Equal("failed", replayed.GetProperty("status").GetString());
        Assert.False(Directory.Exists(restarted.Options.StoreFolder) && Directory.EnumerateDirectories(restarted.Options.StoreFolder).Any());
    }

    [SharedDataFact("speech/cmu_arctic/slt/arctic_a0001.flac")]
    public async Task Enroll_WhileRunning_SecondStartRefusedAndTheSessionShowsItsStageThenARerunHasItsOwnEvents()
    {
        using var recognizer = new HeldRecognizer();
        await using var host = await TestServerHost.StartAsync(web: h => h.ConfigureServices(s => s.AddSingleton<IStatementRecognizer>(recognizer)));
        var (studio, id) = await StartAsync(host);
        using var consent = await studio.PostAsync($"sessions/{id}/consent", StudioClient.Wav(await StudioClient.ArcticWavAsync("slt", "arctic_a0003")));
        using var take = await studio.PostAsync($"sessions/{id}/takes/arctic_a0001", StudioClient.Wav(await StudioClient.ArcticWavAsync("slt", "arctic_a0001")));
        recognizer.Hold();

        using var started = await studio.PostAsync($"sessions/{id}/enroll", null);
        await recognizer.Waiting.Task.WaitAsync(TimeSpan.FromMinutes(1));
        using var second = await studio.PostAsync($"sessions/{id}/enroll", null);
        using var session = await studio.GetAsync($"sessions/{id}");
        var running = Json(await session.Content.ReadAsStringAsync()).GetProperty("enrollment");
        recognizer.Release();
        var final = await studio.FollowEnrollmentAsync(id);
        using var again = await studio.PostAsync($"sessions/{id}/enroll", null);
        var rerun = await studio.EnrollmentEventsAsync(id);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("being enrolled already", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("running", running.GetProperty("status").GetString());
        Assert.Equal("Checking 1 take and the consent statement…", running.GetProperty("stage").GetString());
        Assert.Equal("failed", final.GetProperty("status").GetString());

        // Enrolled again after the refusal: its events are its own, from its start.
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Contains("\"status\":\"running\"", rerun[0], StringComparison.Ordinal);
        Assert.Single(rerun, e => e.Contains("\"status\":\"failed\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Session_EnrollmentRunningWhenTheServerStopped_ShownAsInterruptedAndNotRunning()
    {
        var folder = TestServerHost.NewFolder();
        var host = await TestServerHost.StartAsync(folder);
        var (_, id) = await StartAsync(host);
        await host.StopAsync();

        new StudioSessionStore(Path.Combine(folder, "studio")).SaveEnrollment(id, new EnrollmentState(EnrollmentState.Running) { Stage = "Checking 3 takes and the consent statement…" });
        await using var restarted = await TestServerHost.StartAsync(folder);
        var studio = new StudioClient(restarted);

        using var session = await studio.GetAsync($"sessions/{id}");
        var state = Json(await session.Content.ReadAsStringAsync()).GetProperty("enrollment");

        Assert.Equal("failed", state.GetProperty("status").GetString());
        Assert.Contains("The server stopped before the enrollment finished", state.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("failed", (await studio.FollowEnrollmentAsync(id)).GetProperty("status").GetString());
    }

    private static async Task<(StudioClient Studio, string Id)> StartAsync(TestServerHost host, string? key = null, int prompts = 5)
    {
        var studio = new StudioClient(host, key);
        using var created = await studio.SessionAfterOpenAsync(prompts: prompts);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (studio, Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
