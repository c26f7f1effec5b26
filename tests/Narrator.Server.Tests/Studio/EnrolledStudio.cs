using System.Text.Json;
using Narrator.Testing;
using Narrator.Voices;

namespace Narrator.Server.Tests.Studio;

/// <summary>
/// One whole enrollment through the studio's API, made once for the tests of <see cref="StudioEnrollmentTests"/>: on the
/// shipped default bundle (its trained speaker encoder compares the consent speaker with the takes' speaker), with
/// flite's slt voice reading the consent statement and three prompts (no recording of a person reading the statement
/// exists in the shared data), and pocketsphinx hearing them as it would hear a person. Only the minimum of speech
/// is lowered (<see cref="FewSeconds"/>, not two minutes); every other check is the library's own.
/// </summary>
public sealed class EnrolledStudio : IAsyncLifetime
{
    public const double FewSeconds = 4;

    public static readonly string[] Prompts = ["arctic_a0005", "arctic_a0007", "arctic_a0010"];

    private TestServerHost? _host;

    internal TestServerHost Host => _host ?? throw new InvalidOperationException("Not started.");

    internal StudioClient Studio { get; private set; } = null!;

    public string Id { get; private set; } = string.Empty;

    /// <summary>The consent recording's check, as the studio answered it.</summary>
    public JsonElement Consent { get; private set; }

    /// <summary>The enrollment's last state, from its events.</summary>
    public JsonElement Final { get; private set; }

    /// <summary>The session's <c>session.json</c> as it was before enrolling (as a server that stopped in the middle left it).</summary>
    public string SessionBeforeEnrolling { get; private set; } = string.Empty;

    /// <summary>Steps of an adaptation started on this server (as <c>serve --adapt-steps 2</c>): enough to see it train and finish in seconds.</summary>
    public const int AdaptationSteps = 2;

    /// <summary>
    /// The server's options with <paramref name="options"/>' folders, enrolling on the shipped default bundle, adapting
    /// in <see cref="AdaptationSteps"/> steps and measuring the likeness on one held-out prompt.
    /// </summary>
    public static SpeechServerOptions OnTheDefaultBundle(SpeechServerOptions options) => new()
    {
        StockFolder = options.StockFolder, StoreFolder = options.StoreFolder, KeysFile = options.KeysFile, JobsFolder = options.JobsFolder, StudioFolder = options.StudioFolder,
        EnrollmentBundle = Path.Combine(SharedData.RepositoryRoot!, "voices", "default"),
        Adaptation = new AdaptationOptions { Steps = AdaptationSteps, LikenessSentences = 1 },
    };

    public async Task InitializeAsync()
    {
        using var fewTakes = ConsentTesting.AllowFewTakes(FewSeconds);
        _host = await TestServerHost.StartAsync(configure: OnTheDefaultBundle);
        Studio = new StudioClient(Host);
        using var created = await Studio.SessionAfterOpenAsync("Jane Doe", prompts: 10);
        var session = Json(await created.Content.ReadAsStringAsync());
        Id = session.GetProperty("id").GetString()!;
        var prompts = session.GetProperty("prompts").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("text").GetString()!);

        using var consent = await Studio.PostAsync($"sessions/{Id}/consent", StudioClient.Wav(Flite.Wav(Host.Folder, session.GetProperty("statement").GetString()!)));
        Consent = Json(await consent.Content.ReadAsStringAsync());
        foreach (var prompt in Prompts)
        {
            using var take = await Studio.PostAsync($"sessions/{Id}/takes/{prompt}", StudioClient.Wav(Flite.Wav(Host.Folder, prompts[prompt])));
            Assert.True(Json(await take.Content.ReadAsStringAsync()).GetProperty("report").GetProperty("passed").GetBoolean(), await take.Content.ReadAsStringAsync());
        }

        SessionBeforeEnrolling = await File.ReadAllTextAsync(Path.Combine(Host.Options.StudioFolder, Id, "session.json"));
        var (started, final) = await Studio.EnrollAsync(Id);
        started.Dispose();
        Final = final;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
