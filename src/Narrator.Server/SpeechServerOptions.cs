using Narrator.Core;
using Narrator.Models;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>What <c>narrator serve</c> listens on, which voices it offers and the limits it holds every request to.</summary>
public sealed class SpeechServerOptions
{
    /// <summary>The addresses Kestrel listens on. [default: http://127.0.0.1:5290, loopback only]</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5290"];

    /// <summary>The enrolled voices' store. [default: <see cref="VoiceStore.Locate"/> with no option, as <c>narrator voice</c>]</summary>
    public string StoreFolder { get; init; } = VoiceStore.Locate(null);

    /// <summary>The shipped voices. [default: <c>voices/</c> beside the executable]</summary>
    public string StockFolder { get; init; } = VoiceResolver.DefaultStockFolder;

    /// <summary>The API keys file (hashed keys, each for one publisher). [default: ~/.config/narrator/server-keys.json]</summary>
    public string KeysFile { get; init; } = ApiKeyStore.DefaultFile;

    /// <summary>Where the voices run (CPU or CUDA) and with how many threads. [default: <see cref="ExecutionOptions.Default"/>]</summary>
    public ExecutionOptions Execution { get; init; } = ExecutionOptions.Default;

    /// <summary>The most characters one request may ask to speak. [default: 4096, as the OpenAI speech API]</summary>
    public int MaxInputCharacters { get; init; } = 4096;

    /// <summary>The largest request body accepted, in bytes. [default: 64 KiB]</summary>
    public long MaxRequestBytes { get; init; } = 64 * 1024;

    /// <summary>The largest manuscript upload accepted, in bytes. [default: 50 MiB]</summary>
    public long MaxBookBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Where submitted books and their renders are kept. [default: ~/.local/share/narrator/books]</summary>
    public string JobsFolder { get; init; } = Path.Combine(Core.IO.UserFolders.Data(), "books");

    /// <summary>Where the studio keeps voice actors' recording sessions (takes, consent recording, QA) until they enroll. [default: ~/.local/share/narrator/studio]</summary>
    public string StudioFolder { get; init; } = Path.Combine(Core.IO.UserFolders.Data(), "studio");

    /// <summary>The Narrator bundle voices enrolled in the studio run on; its speaker encoder compares the takes and the consent speaker. [default: the default stock voice]</summary>
    public string? EnrollmentBundle { get; init; }

    /// <summary>How many prompts of the recording script a studio session holds when the page asks for no number: the first ones of CMU ARCTIC's order. [default: 60, the short script of about 3 minutes]</summary>
    public int StudioPrompts { get; init; } = RecordingScript.Sizes[0].Prompts;

    /// <summary>
    /// How an adaptation started in the studio trains: its steps and wall-clock budget (<c>serve --adapt-steps</c>,
    /// <c>--adapt-max-minutes</c>), and where Python and the training code are. [default: <see cref="AdaptationOptions"/>'s, 2000 steps within 60 minutes]
    /// </summary>
    public AdaptationOptions Adaptation { get; init; } = new();

    /// <summary>Requests one caller (API key, or address without keys) may make per minute. [default: 120]</summary>
    public int RequestsPerMinute { get; init; } = 120;

    /// <summary>Loaded copies of one voice that may speak at once; further requests for it wait. [default: the processor count, at most 4]</summary>
    public int InstancesPerVoice { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>The consent use a request declares when it names none. [default: api]</summary>
    public string DefaultUse { get; init; } = "api";

    internal void Validate()
    {
        var problems = new List<string>();
        if (Urls.Count == 0)
        {
            problems.Add("give at least one address to listen on");
        }

        foreach (var url in Urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                problems.Add($"'{url}' is not an http:// or https:// address");
            }
        }

        Check(problems, MaxInputCharacters >= 1, $"the input limit must be at least 1 character, not {MaxInputCharacters}");
        Check(problems, MaxRequestBytes >= 1024, $"the request size limit must be at least 1024 bytes, not {MaxRequestBytes}");
        Check(problems, RequestsPerMinute >= 1, $"the rate limit must be at least 1 request per minute, not {RequestsPerMinute}");
        Check(problems, StudioPrompts >= 1 && StudioPrompts <= RecordingScript.Available.Count, $"a studio script holds 1 to {RecordingScript.Available.Count} prompts, not {StudioPrompts}");
        Check(problems, Adaptation.Steps >= 1, $"an adaptation needs at least 1 step, not {Adaptation.Steps}");
        Check(problems, Adaptation.MaxMinutes > 0 && Adaptation.MaxMinutes <= 24 * 60, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"an adaptation's budget must be above 0 and at most 1440 minutes, not {Adaptation.MaxMinutes}"));
        Check(problems, InstancesPerVoice >= 1, $"at least one instance per voice is needed, not {InstancesPerVoice}");
        if (problems.Count > 0)
        {
            throw new NarratorException("Server options: " + string.Join("; ", problems) + ".", ErrorKind.BadInput);
        }
    }

    private static void Check(List<string> problems, bool holds, string problem)
    {
        if (!holds)
        {
            problems.Add(problem);
        }
    }
}
