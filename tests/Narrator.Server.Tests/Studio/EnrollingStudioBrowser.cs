using Microsoft.AspNetCore.Hosting;
using Narrator.Audio;
using Narrator.Testing;
using Narrator.Voices;

namespace Narrator.Server.Tests.Studio;

/// <summary>
/// The studio set up so that one person's path from consent to an enrolled voice fits a test: the server
/// enrolls on the shipped default bundle (its trained encoder compares the consent speaker with the takes'),
/// a session's script holds three prompts (<see cref="SpeechServerOptions.StudioPrompts"/>, an option any
/// publisher may set), and the test host lowers the minimum of good speech to <see cref="MinimumSeconds"/>
/// (<see cref="FewTakes"/>). The fake microphone plays flite's slt reading the third prompt and then the
/// consent statement, made at test time: a take recorded for the prompt's length holds the prompt alone,
/// and the consent recording, recorded to the end, holds the whole statement (after the prompt's words,
/// which do not count against it). Every check of takes and consent is the library's own.
/// </summary>
public sealed class EnrollingStudioBrowser : StudioBrowser
{
    public const string Speaker = "Jane Doe";
    public const string Prompt = "arctic_a0003";
    public const double MinimumSeconds = 2;

    private const double LeadSeconds = 1;
    private const double GapSeconds = 2;
    private const double TailSeconds = 1;

    /// <summary>How long to record the consent statement: the whole file.</summary>
    public TimeSpan ConsentLength { get; private set; }

    protected override SpeechServerOptions Configure(SpeechServerOptions options) => new()
    {
        Urls = options.Urls,
        StockFolder = options.StockFolder,
        StoreFolder = options.StoreFolder,
        KeysFile = options.KeysFile,
        JobsFolder = options.JobsFolder,
        StudioFolder = options.StudioFolder,
        EnrollmentBundle = Path.Combine(SharedData.RepositoryRoot!, "voices", "default"),
        StudioPrompts = 3,
    };

    protected override void ConfigureHost(IWebHostBuilder host) => FewTakes.Host(MinimumSeconds)(host);

    protected override async Task<TimeSpan> WriteMicrophoneAsync(string path)
    {
        var prompt = Read(path, RecordingScript.Take(3).Single(p => p.Id == Prompt).Text);
        var statement = Read(path, ConsentStatement.Text(Speaker, ConsentStatement.AnyPublisher, StudioEndpoints.Uses));
        Assert.Equal(prompt.Rate, statement.Rate);
        var head = Pad(prompt.Samples, prompt.Rate, LeadSeconds, GapSeconds);
        var whole = Pad([.. head, .. statement.Samples], prompt.Rate, 0, TailSeconds);
        await WavFile.WriteAsync(path, whole, prompt.Rate);
        // To the statement's end: the page stops a little after the click, and the file plays again from its start past its end.
        ConsentLength = TimeSpan.FromSeconds(whole.Length / (double)prompt.Rate - TailSeconds + 0.2);
        return TimeSpan.FromSeconds(LeadSeconds + (prompt.Samples.Length / (double)prompt.Rate) + 0.6);
    }

    private static (float[] Samples, int Rate) Read(string next, string text)
    {
        var path = Path.ChangeExtension(next, ".flite.wav");
        Flite.Speak(path, text);
        var read = AudioSinks.ReadWhole(AudioDecoder.Stream, path);
        File.Delete(path);
        return read;
    }
}
