using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Narrator.Audio;
using Narrator.Testing;

namespace Narrator.Server.Tests.Studio;

/// <summary>
/// Calls the studio's API on a test host as its pages do: it opens a page first (which sets the studio
/// cookie and carries the CSRF token) and sends the cookie and the token with each POST.
/// </summary>
internal sealed partial class StudioClient(TestServerHost host, string? key = null)
{
    public string Token { get; private set; } = string.Empty;

    public string Cookie { get; private set; } = string.Empty;

    public async Task OpenAsync(string page = "actor.html")
    {
        using var response = await host.Client.GetAsync("/studio/" + page);
        response.EnsureSuccessStatusCode();
        Cookie = response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        Token = TokenPattern().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
    }

    public Task<HttpResponseMessage> PostAsync(string path, HttpContent? content, string? token = null, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/studio/api/" + path) { Content = content };
        request.Headers.Add("Cookie", Cookie);
        request.Headers.Add("X-CSRF-Token", token ?? Token);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, "/studio/api/" + path));

    public Task<HttpResponseMessage> SessionAsync(string name = "Jane Doe", int prompts = 5) =>
        PostAsync("sessions", new StringContent($"{{\"name\":\"{name}\",\"prompts\":{prompts}}}", System.Text.Encoding.UTF8, "application/json"));

    public async Task<HttpResponseMessage> SessionAfterOpenAsync(string name = "Jane Doe", int prompts = 5)
    {
        await OpenAsync();
        return await SessionAsync(name, prompts);
    }

    /// <summary>Starts the session's enrollment and follows its events to the end: the answer to the start, and the last state.</summary>
    public async Task<(HttpResponseMessage Started, JsonElement Final)> EnrollAsync(string id)
    {
        var started = await PostAsync($"sessions/{id}/enroll", null);
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        return (started, await FollowEnrollmentAsync(id));
    }

    /// <summary>The enrollment's server-sent events until it ends; the last status event's data.</summary>
    public async Task<JsonElement> FollowEnrollmentAsync(string id)
    {
        var last = (await EnrollmentEventsAsync(id)).Last();
        return JsonDocument.Parse(last[(last.IndexOf("data: ", StringComparison.Ordinal) + 6)..]).RootElement;
    }

    /// <summary>The enrollment's server-sent status events until it ends, as sent.</summary>
    public async Task<List<string>> EnrollmentEventsAsync(string id)
    {
        using var events = await GetAsync($"sessions/{id}/enrollment/events");
        var text = await events.Content.ReadAsStringAsync();
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        return [.. text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Where(e => e.StartsWith("event: status\n", StringComparison.Ordinal))];
    }

    public static ByteArrayContent Wav(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        return content;
    }

    /// <summary>A CMU ARCTIC recording of the shared data as the WAV a studio page would send (16-bit mono).</summary>
    public static async Task<byte[]> ArcticWavAsync(string speaker, string prompt)
    {
        var (samples, rate) = AudioSinks.ReadWhole(AudioDecoder.Stream, SharedData.Path($"speech/cmu_arctic/{speaker}/{prompt}.flac"));
        var path = Path.Combine(Directory.CreateTempSubdirectory("narrator-studio-take-").FullName, prompt + ".wav");
        await WavFile.WriteAsync(path, samples, rate);
        var bytes = await File.ReadAllBytesAsync(path);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        return bytes;
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (key is not null)
        {
            request.Headers.Authorization = new("Bearer", key);
        }

        return host.Client.SendAsync(request);
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\">")]
    private static partial Regex TokenPattern();
}
