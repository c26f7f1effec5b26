using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Server.Tests;

/// <summary>
/// The speech server on an in-process test host, with the tiny Piper voice as its stock voice "default"
/// (the same file also as "tiny"), an empty voice store and keys file in a temporary folder.
/// </summary>
internal sealed class TestServerHost : IAsyncDisposable
{
    private static readonly string TinyPiper = Path.Combine(AppContext.BaseDirectory, "fixtures", "voices", "tiny-piper", "en_US-tiny-x_low.onnx");

    private readonly WebApplication _app;

    private TestServerHost(string folder, WebApplication app, SpeechServerOptions options)
    {
        Folder = folder;
        _app = app;
        Options = options;
        Client = app.GetTestClient();
    }

    public string Folder { get; }

    public SpeechServerOptions Options { get; }

    public HttpClient Client { get; }

    public static string NewFolder()
    {
        var folder = Directory.CreateTempSubdirectory("narrator-server-").FullName;
        var stock = Directory.CreateDirectory(Path.Combine(folder, "stock")).FullName;
        foreach (var name in (string[])["default", "tiny"])
        {
            File.Copy(TinyPiper, Path.Combine(stock, name + ".onnx"));
            File.Copy(TinyPiper + ".json", Path.Combine(stock, name + ".onnx.json"));
        }

        return folder;
    }

    /// <param name="open">Loads voices instead of the gate (after the gate has authorized them), for a test that must see inside.</param>
    /// <param name="web">Further settings of the web host (services a test puts in place of the server's).</param>
    public static async Task<TestServerHost> StartAsync(string? folder = null, Func<SpeechServerOptions, SpeechServerOptions>? configure = null, Func<VoiceRequest, IVoice>? open = null, Action<IWebHostBuilder>? web = null)
    {
        folder ??= NewFolder();
        var options = OptionsFor(folder);
        options = configure?.Invoke(options) ?? options;
        var app = SpeechServer.Build(
            options,
            host =>
            {
                host.UseTestServer(server => server.PreserveExecutionContext = true);
                web?.Invoke(host);
            },
            open);
        await app.StartAsync();
        return new TestServerHost(folder, app, options);
    }

    /// <summary>The server's options over <paramref name="folder"/>: its stock voices, store, keys, jobs and studio all inside it.</summary>
    /// <param name="folder">The test's folder (<see cref="NewFolder"/>).</param>
    /// <param name="url">Where a real Kestrel listens (a test server listens nowhere).</param>
    public static SpeechServerOptions OptionsFor(string folder, string url = "http://127.0.0.1:5290") => new()
    {
        Urls = [url],
        StockFolder = Path.Combine(folder, "stock"),
        StoreFolder = Path.Combine(folder, "store"),
        KeysFile = Path.Combine(folder, "keys.json"),
        JobsFolder = Path.Combine(folder, "books"),
        StudioFolder = Path.Combine(folder, "studio"),
        EnrollmentBundle = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny"),
    };

    public Task<HttpResponseMessage> SpeakAsync(object body, string? key = null, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/audio/speech") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Authorization = new("Bearer", key);
        }

        return Client.SendAsync(request, completion);
    }

    /// <summary>Stops the server, keeping its folder (a test starts another server on it).</summary>
    public async Task StopAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();

        // Stopped first, so that a book job still rendering ends before its folder is deleted.
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
