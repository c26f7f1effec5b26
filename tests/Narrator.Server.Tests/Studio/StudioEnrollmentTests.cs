using System.Net;
using System.Text.Json;
using Narrator.Voices;

namespace Narrator.Server.Tests.Studio;

/// <summary>
/// A whole enrollment through the studio's API (<see cref="EnrolledStudio"/>, made once): the voice it enrolls, and
/// a server that stopped between writing that voice and recording it in the session.
/// </summary>
[Collection(StudioAlone.Name)]
[Trait("Tier", "integration")]
[Trait("Needs", "flite")]
[Trait("Needs", "pocketsphinx")]
[Trait("Needs", "espeak-ng")]
public sealed class StudioEnrollmentTests(EnrolledStudio enrolled) : IClassFixture<EnrolledStudio>
{
    [Fact]
    public async Task Enroll_ConsentAndTakesOfOneSpeaker_EnrollsAVoiceThatSpeaksPreviews()
    {
        var (host, studio, final) = (enrolled.Host, enrolled.Studio, enrolled.Final);

        using var again = await studio.PostAsync($"sessions/{enrolled.Id}/enroll", null);
        using var preview = await host.SpeakAsync(new { input = "Hello there.", voice = "jane-doe", response_format = "wav", use = "preview" });
        using var advert = await host.SpeakAsync(new { input = "Hello there.", voice = "jane-doe", response_format = "wav", use = "advertising" });

        Assert.True(enrolled.Consent.GetProperty("passed").GetBoolean(), enrolled.Consent.ToString());
        Assert.True(final.GetProperty("status").GetString() == "done", final.ToString());
        Assert.Equal("jane-doe", final.GetProperty("voice").GetString());
        var record = VoiceStore.At(host.Options.StoreFolder).Get("jane-doe");
        Assert.Equal(StatementCheck.Verified, record.Consent!.StatementVerified);
        Assert.Equal(["audiobook", "preview"], record.Consent.Uses);
        Assert.Equal(EnrolledStudio.Prompts, record.References.Select(r => r.PromptId));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, advert.StatusCode);
    }

    // Adaptation as the studio starts it: the project's PyTorch training (Python from /usr/bin/python3) on the enrolled
    // voice's takes, in the server's few steps; the voice then lists as adapted and the session shows it done, also
    // to a server started again on the same folders.
    [Fact]
    [Trait("Needs", "python")]
    public async Task Adapt_EnrolledVoice_TrainsTheServersStepsAndTheVoiceListsAsAdapted()
    {
        // The enrolled voice has seconds of takes, not the two minutes adaptation asks for.
        using var fewTakes = ConsentTesting.AllowFewTakes(EnrolledStudio.FewSeconds);
        var (host, studio, id) = (enrolled.Host, enrolled.Studio, enrolled.Id);

        using var started = await studio.PostAsync($"sessions/{id}/adapt", null);
        using var events = await studio.GetAsync($"sessions/{id}/adaptation/events");
        var stream = await events.Content.ReadAsStringAsync();
        var final = Json(stream[(stream.LastIndexOf("data: ", StringComparison.Ordinal) + 6)..]);
        var session = await StudioAdaptationTests.AdaptationAsync(studio, id);
        using var voices = await host.Client.GetAsync("/v1/voices?use=preview");
        var listed = Json(await voices.Content.ReadAsStringAsync()).GetProperty("voices").EnumerateArray().Single(v => v.GetProperty("id").GetString() == "jane-doe");
        using var preview = await host.SpeakAsync(new { input = "Hello there.", voice = "jane-doe", response_format = "wav", use = "preview" });

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.True(final.GetProperty("status").GetString() == "done", stream);
        Assert.Equal(EnrolledStudio.AdaptationSteps, final.GetProperty("steps").GetInt32());
        Assert.Contains("\"stage\":\"likeness\"", stream, StringComparison.Ordinal);
        Assert.Equal("done", session.GetProperty("status").GetString());
        Assert.Equal(EnrolledStudio.AdaptationSteps, session.GetProperty("steps").GetInt32());
        Assert.Equal("adapted", listed.GetProperty("kind").GetString());
        Assert.Equal(EnrolledStudio.AdaptationSteps, VoiceStore.At(host.Options.StoreFolder).Get("jane-doe").Adaptation!.Steps);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);

        // A server started again knows it from the voice's own files.
        var copy = TestServerHost.NewFolder();
        Directory.Delete(copy, recursive: true);
        CopyFolder(host.Folder, copy);
        await using var restarted = await TestServerHost.StartAsync(copy, EnrolledStudio.OnTheDefaultBundle);
        var again = new StudioClient(restarted);
        await again.OpenAsync();
        var known = await StudioAdaptationTests.AdaptationAsync(again, id);
        Assert.Equal("done", known.GetProperty("status").GetString());
        Assert.Equal(EnrolledStudio.AdaptationSteps, known.GetProperty("steps").GetInt32());
    }

    // The server's folders as a server that died right after the enrollment wrote its voice left them: the voice in
    // the store, the session's record without it (session.json as before enrolling, enrollment.json still running).
    [Fact]
    public async Task Enroll_ServerStoppedAfterWritingTheVoice_FinishesTheSessionsRecordAndWritesNoSecondVoice()
    {
        using var fewTakes = ConsentTesting.AllowFewTakes(EnrolledStudio.FewSeconds);
        var id = enrolled.Id;

        // Looked at again after the restart: the page's first request finishes the record.
        var reloaded = Stopped();
        await using (var restarted = await TestServerHost.StartAsync(reloaded, EnrolledStudio.OnTheDefaultBundle))
        {
            var studio = new StudioClient(restarted);
            await studio.OpenAsync();
            using var session = await studio.GetAsync($"sessions/{id}");
            var view = Json(await session.Content.ReadAsStringAsync());
            using var again = await studio.PostAsync($"sessions/{id}/enroll", null);

            Assert.Equal("jane-doe", view.GetProperty("voice").GetString());
            AssertRecovered(view.GetProperty("enrollment"));
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Equal(["jane-doe"], VoiceStore.At(restarted.Options.StoreFolder).List().Select(v => v.Id));
        }

        // Enrolled again at once after the restart, the session never looked at: the run finishes the record instead.
        var enrolledAgain = Stopped();
        await using (var restarted = await TestServerHost.StartAsync(enrolledAgain, EnrolledStudio.OnTheDefaultBundle))
        {
            var studio = new StudioClient(restarted);
            await studio.OpenAsync();
            var (started, final) = await studio.EnrollAsync(id);
            started.Dispose();
            using var session = await studio.GetAsync($"sessions/{id}");

            AssertRecovered(final);
            Assert.Equal("jane-doe", Json(await session.Content.ReadAsStringAsync()).GetProperty("voice").GetString());
            Assert.Equal(["jane-doe"], VoiceStore.At(restarted.Options.StoreFolder).List().Select(v => v.Id));
        }
    }

    // A server stopped in the middle of an adaptation leaves the voice's training folder and no adaptation in its record:
    // the session then shows it stopped, to be started again (it resumes from that folder).
    [Fact]
    public async Task Session_AdaptationStoppedByAServerStop_ShownStoppedAfterTheRestart()
    {
        var folder = TestServerHost.NewFolder();
        Directory.Delete(folder, recursive: true);
        CopyFolder(enrolled.Host.Folder, folder);
        var voices = VoiceStore.At(Path.Combine(folder, "store"));
        voices.Save(voices.Get("jane-doe") with { Adaptation = null });
        Directory.CreateDirectory(Path.Combine(voices.PathOf("jane-doe"), VoiceTrainer.WorkFolder));
        await using var host = await TestServerHost.StartAsync(folder, EnrolledStudio.OnTheDefaultBundle);
        var studio = new StudioClient(host);
        await studio.OpenAsync();

        var state = await StudioAdaptationTests.AdaptationAsync(studio, enrolled.Id);

        Assert.Equal("stopped", state.GetProperty("status").GetString());
        Assert.Contains("adapt again and it resumes where it was", state.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    // A second session of the same name (so the same statement) sent the first session's consent recording, byte for
    // byte, and takes of other prompts: it enrolls a voice of its own from its own takes, never the first session's.
    [Fact]
    public async Task Enroll_SameNameAndConsentRecordingAsAnEnrolledSession_EnrollsItsOwnVoiceFromItsOwnTakes()
    {
        using var fewTakes = ConsentTesting.AllowFewTakes(EnrolledStudio.FewSeconds);
        var folder = TestServerHost.NewFolder();
        Directory.Delete(folder, recursive: true);
        CopyFolder(enrolled.Host.Folder, folder);
        await using var host = await TestServerHost.StartAsync(folder, EnrolledStudio.OnTheDefaultBundle);
        var studio = new StudioClient(host);
        using var created = await studio.SessionAfterOpenAsync("Jane Doe", prompts: 10);
        var session = Json(await created.Content.ReadAsStringAsync());
        var id = session.GetProperty("id").GetString()!;
        var prompts = session.GetProperty("prompts").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("text").GetString()!);
        var consent = await File.ReadAllBytesAsync(Path.Combine(host.Options.StudioFolder, enrolled.Id, "consent.wav"));
        using (await studio.PostAsync($"sessions/{id}/consent", StudioClient.Wav(consent)))
        {
        }

        string[] own = ["arctic_a0002", "arctic_a0003"];
        foreach (var prompt in own)
        {
            using var take = await studio.PostAsync($"sessions/{id}/takes/{prompt}", StudioClient.Wav(Flite.Wav(host.Folder, prompts[prompt])));
            Assert.Equal(HttpStatusCode.OK, take.StatusCode);
        }

        var (started, final) = await studio.EnrollAsync(id);
        started.Dispose();
        var voices = VoiceStore.At(host.Options.StoreFolder);

        Assert.Equal(session.GetProperty("statement").GetString(), VoiceStore.At(host.Options.StoreFolder).Get("jane-doe").Consent!.Statement);
        Assert.True(final.GetProperty("status").GetString() == "done", final.ToString());
        Assert.Equal("jane-doe-2", final.GetProperty("voice").GetString());
        Assert.DoesNotContain(WrittenVoice.RecoveredWarning, final.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        var kept = voices.Get("jane-doe-2").References.Select(r => r.PromptId).ToList();
        Assert.NotEmpty(kept);
        Assert.All(kept, p => Assert.Contains(p, own)); // its own takes that passed QA
        Assert.Equal(EnrolledStudio.Prompts, voices.Get("jane-doe").References.Select(r => r.PromptId));
    }

    private static void AssertRecovered(JsonElement state)
    {
        Assert.True(state.GetProperty("status").GetString() == "done", state.ToString());
        Assert.Equal("jane-doe", state.GetProperty("voice").GetString());
        Assert.Equal(EnrolledStudio.Prompts.Select(p => p + ".wav"), state.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("file").GetString()));
        Assert.All(state.GetProperty("reports").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("rejection").ValueKind));
        Assert.Equal([WrittenVoice.RecoveredWarning], state.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        Assert.Contains("heard", state.GetProperty("statement").GetString(), StringComparison.Ordinal);
    }

    // A copy of the enrolled server's folders with the session's record put back as the server left it when it died
    // between writing the voice (which the copy keeps) and recording it in the session.
    private string Stopped()
    {
        var folder = TestServerHost.NewFolder();
        Directory.Delete(folder, recursive: true);
        CopyFolder(enrolled.Host.Folder, folder);
        var session = Path.Combine(folder, "studio", enrolled.Id);
        File.WriteAllText(Path.Combine(session, "session.json"), enrolled.SessionBeforeEnrolling);
        new StudioSessionStore(Path.Combine(folder, "studio")).SaveEnrollment(enrolled.Id, new EnrollmentState(EnrollmentState.Running) { Stage = "Checking 3 takes and the consent statement…" });
        return folder;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
