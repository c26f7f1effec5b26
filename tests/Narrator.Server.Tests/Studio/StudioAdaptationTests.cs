using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Narrator.Voices;

namespace Narrator.Server.Tests.Studio;

/// <summary>
/// Where a studio adaptation stands, as a reloaded page asks for it (<c>GET …/sessions/{id}</c>): the trainer is held
/// at one step, so the test sees it running, then lets it finish. The real training through the studio is
/// <see cref="StudioEnrollmentTests"/>' (it needs an enrolled voice).
/// </summary>
public sealed class StudioAdaptationTests
{
    [Fact]
    public async Task Session_AdaptationRunning_ReloadShowsItsStepLossAndTimeLeftThenItsEnd()
    {
        var held = new HeldAdapter(new AdaptationProgress("train", 40, 200, 0.512, TimeSpan.FromSeconds(20), TimeSpan.FromMinutes(60)));
        await using var host = await TestServerHost.StartAsync(web: web => web.ConfigureServices(services => services.AddSingleton<IVoiceAdapter>(held)));
        var studio = new StudioClient(host);
        using var created = await studio.SessionAfterOpenAsync();
        var id = Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;

        // As an enrolled session stands (the enrollment itself is StudioEnrollmentTests').
        var sessions = new StudioSessionStore(host.Options.StudioFolder);
        sessions.Save(sessions.Get(id)! with { VoiceId = "jane-doe" });

        using var started = await studio.PostAsync($"sessions/{id}/adapt", null);
        await held.Reported.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var running = await AdaptationAsync(studio, id);
        using var again = await studio.PostAsync($"sessions/{id}/adapt", null);
        held.Release();
        using var events = await studio.GetAsync($"sessions/{id}/adaptation/events");
        var stream = await events.Content.ReadAsStringAsync();
        var done = await AdaptationAsync(studio, id);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal("running", running.GetProperty("status").GetString());
        Assert.Equal("train", running.GetProperty("stage").GetString());
        Assert.Equal(40, running.GetProperty("step").GetInt32());
        Assert.Equal(200, running.GetProperty("steps").GetInt32());
        Assert.Equal(0.512, running.GetProperty("loss").GetDouble());
        Assert.Equal(80, running.GetProperty("remainingSeconds").GetDouble()); // 20 s for 40 steps, 160 to go
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("adaptation_running", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"step\":40", stream, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"done\"", stream, StringComparison.Ordinal);
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal(200, done.GetProperty("steps").GetInt32());
        Assert.Equal(0.8, done.GetProperty("likeness").GetDouble());
    }

    [Fact]
    public async Task Session_NotEnrolled_ShowsNoAdaptationAndRefusesToStartOne()
    {
        await using var host = await TestServerHost.StartAsync();
        var studio = new StudioClient(host);
        using var created = await studio.SessionAfterOpenAsync();
        var id = Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;

        using var adapt = await studio.PostAsync($"sessions/{id}/adapt", null);

        Assert.Equal(HttpStatusCode.Conflict, adapt.StatusCode);
        Assert.Contains("not_enrolled", await adapt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await AdaptationAsync(studio, id)).ValueKind);
    }

    /// <summary>The session's <c>adaptation</c> as a page loading it sees it.</summary>
    internal static async Task<JsonElement> AdaptationAsync(StudioClient studio, string id)
    {
        using var session = await studio.GetAsync($"sessions/{id}");
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        return Json(await session.Content.ReadAsStringAsync()).GetProperty("adaptation");
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
