using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Narrator.Server;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator serve</c>: the streaming speech API; <c>serve keys add/remove/list</c>: its API keys.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var listen = new Option<string[]>("--listen")
        {
            Description = "An address to listen on; repeat for several. Anything but loopback (127.0.0.1, ::1, localhost) needs API keys.",
            HelpName = "url",
            DefaultValueFactory = _ => ["http://127.0.0.1:5290"],
            AllowMultipleArgumentsPerToken = false,
        };
        var keys = KeysFile();
        var books = new Option<string?>("--books") { Description = "Where submitted books and their renders are kept. [default: ~/.local/share/narrator/books]", HelpName = "dir" };
        var studio = new Option<string?>("--studio") { Description = "Where the studio keeps voice actors' recording sessions. [default: ~/.local/share/narrator/studio]", HelpName = "dir" };
        var prompts = new Option<int>("--studio-prompts") { Description = "How many prompts of the recording script a studio session holds: 60 is about 3 minutes of reading, 210 about 10, 630 about 30.", HelpName = "count", DefaultValueFactory = _ => Voices.RecordingScript.Sizes[0].Prompts };
        var adaptSteps = new Option<int>("--adapt-steps") { Description = "Training steps of an adaptation started in the studio (as 'voice train --steps'); it ends at whichever of these and the budget comes first.", HelpName = "steps", DefaultValueFactory = _ => new Voices.AdaptationOptions().Steps };
        var adaptMinutes = new Option<double>("--adapt-max-minutes") { Description = "The wall-clock budget of an adaptation started in the studio (as 'voice train --max-minutes').", HelpName = "minutes", DefaultValueFactory = _ => new Voices.AdaptationOptions().MaxMinutes };
        var voice = new VoiceOptions(defaultUse: "api");
        var maxInput = new Option<int>("--max-input") { Description = "The most characters one request may speak.", HelpName = "characters", DefaultValueFactory = _ => 4096 };
        var rate = new Option<int>("--rate-limit") { Description = "Requests per minute allowed to each API key (or local address).", HelpName = "requests", DefaultValueFactory = _ => 120 };
        var command = new Command("serve", "Serve the speech API: POST /v1/audio/speech (OpenAI-compatible, streamed; wav, mp3, opus, aac, flac, pcm and 8 kHz ulaw), GET /v1/voices, book renders (POST /v1/books), and the studio in the browser (/studio/: voice actors record and enroll, publishers render books). Stock voices, and enrolled voices for the publishers their consent names.")
        {
            listen, keys, books, studio, prompts, adaptSteps, adaptMinutes, voice.Store, voice.Device, voice.Threads, maxInput, rate,
        };
        command.Subcommands.Add(Keys(console));
        command.Subcommands.Add(Load(console));
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var app = SpeechServer.Build(new SpeechServerOptions
            {
                Urls = parsed.GetValue(listen)!,
                KeysFile = parsed.GetValue(keys) ?? ApiKeyStore.DefaultFile,
                JobsFolder = parsed.GetValue(books) ?? new SpeechServerOptions().JobsFolder,
                StudioFolder = parsed.GetValue(studio) ?? new SpeechServerOptions().StudioFolder,
                StudioPrompts = parsed.GetValue(prompts),
                Adaptation = new Voices.AdaptationOptions { Steps = parsed.GetValue(adaptSteps), MaxMinutes = parsed.GetValue(adaptMinutes) },
                StoreFolder = Voices.VoiceStore.Locate(parsed.GetValue(voice.Store)),
                Execution = voice.Execution(parsed),
                MaxInputCharacters = parsed.GetValue(maxInput),
                RequestsPerMinute = parsed.GetValue(rate),
            });
            await using (app.ConfigureAwait(false))
            {
                try
                {
                    await app.StartAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    throw new Core.NarratorException($"Cannot listen on {string.Join(", ", parsed.GetValue(listen)!)}: {e.Message} Is another server using the port? Choose another address with --listen.", e);
                }
                await console.Error.WriteLineAsync($"Narrator serves speech on {string.Join(", ", parsed.GetValue(listen)!)}: POST /v1/audio/speech, GET /v1/voices; the studio at {parsed.GetValue(listen)![0].TrimEnd('/')}/studio/. Ctrl+C stops.").ConfigureAwait(false);
                // Returns when Ctrl+C or SIGTERM stops the host (the usual way a server ends), after a graceful stop.
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string?> KeysFile() => new("--keys")
    {
        Description = "The API keys file. [default: ~/.config/narrator/server-keys.json]",
        HelpName = "file",
    };

    private static Command Load(CliConsole console)
    {
        var url = new Option<string>("--url") { Description = "The running server.", HelpName = "url", DefaultValueFactory = _ => "http://127.0.0.1:5290" };
        var key = new Option<string?>("--key") { Description = "The API key to send, if the server has keys.", HelpName = "key" };
        var clients = new Option<int>("--clients") { Description = "Callers sending requests at once.", HelpName = "count", DefaultValueFactory = _ => 50 };
        var seconds = new Option<int>("--seconds") { Description = "How long the run lasts.", HelpName = "seconds", DefaultValueFactory = _ => 60 };
        var voice = new Option<string?>("--voice") { Description = "The voice every request names. [default: the server's default voice]", HelpName = "voice" };
        var format = new Option<string>("--format") { Description = "The response_format every request asks for.", HelpName = "format", DefaultValueFactory = _ => "wav" };
        var command = new Command("load", "Load-test a running server: concurrent callers send the same sentence for a while; reports errors, time to first audio byte and to the end (median, 95th percentile), throughput and the server's memory.")
        {
            url, key, clients, seconds, voice, format,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (parsed.GetValue(clients) < 1 || parsed.GetValue(seconds) < 1)
            {
                throw new Core.NarratorException("--clients and --seconds must be at least 1.");
            }

            using var http = new HttpClient { BaseAddress = new Uri(parsed.GetValue(url)!.TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(5) };
            if (parsed.GetValue(key) is { } secret)
            {
                http.DefaultRequestHeaders.Authorization = new("Bearer", secret);
            }

            var report = await LoadRun.RunAsync(http, new LoadSettings
            {
                Clients = parsed.GetValue(clients),
                Duration = TimeSpan.FromSeconds(parsed.GetValue(seconds)),
                Voice = parsed.GetValue(voice),
                Format = parsed.GetValue(format)!,
            }, cancellationToken).ConfigureAwait(false);
            foreach (var line in LoadLines(report))
            {
                await console.Out.WriteLineAsync(line).ConfigureAwait(false);
            }

            return report.Errors == 0 ? ExitCodes.Success : ExitCodes.Negative;
        });
        return command;
    }

    private static IEnumerable<string> LoadLines(LoadReport report)
    {
        static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:0} ms";
        yield return $"{report.Clients} clients for {report.Duration.TotalSeconds:0} s: {report.Requests} requests, {report.Errors} errors, {report.RequestsPerSecond:0.0} requests/s, {report.AudioBytes / 1048576.0:0.0} MiB of audio";
        yield return $"first audio byte: median {Ms(report.FirstByteP50)}, 95th percentile {Ms(report.FirstByteP95)}";
        yield return $"whole response:   median {Ms(report.CompleteP50)}, 95th percentile {Ms(report.CompleteP95)}";
        if (report.MemoryMiB.Count > 0)
        {
            yield return $"server memory (working set): {report.MemoryMiB[0]:0} MiB at the start, {report.MemoryMiB.Max():0} MiB at most, {report.MemoryMiB[^1]:0} MiB at the end";
        }

        foreach (var error in report.ErrorSamples)
        {
            yield return "error: " + error;
        }
    }

    private static Command Keys(CliConsole console)
    {
        var command = new Command("keys", "The server's API keys: each belongs to one publisher, and enrolled voices speak only for the publishers their consent names.");
        var file = KeysFile();
        var publisher = new Option<string>("--publisher") { Description = "The publisher the key speaks for.", HelpName = "name", Required = true };
        var add = new Command("add", "Make a key for a publisher and print it once (the file keeps only its hash).") { publisher, file };
        add.SetAction(async (parsed, _) =>
        {
            var (store, key, secret) = ApiKeyStore.Open(parsed.GetValue(file) ?? ApiKeyStore.DefaultFile).Add(parsed.GetValue(publisher)!, DateTimeOffset.UtcNow);
            await console.Out.WriteLineAsync(secret).ConfigureAwait(false);
            await console.Error.WriteLineAsync($"Key {key.Id} for publisher '{key.Publisher}' added to {store.File}. Save it now: it is not shown again.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        var id = new Argument<string>("id") { Description = "The key's id, as 'serve keys list' shows it." };
        var remove = new Command("remove", "Remove a key; requests with it are refused from then on.") { id, file };
        remove.SetAction(async (parsed, _) =>
        {
            var store = ApiKeyStore.Open(parsed.GetValue(file) ?? ApiKeyStore.DefaultFile).Remove(parsed.GetValue(id)!);
            await console.Out.WriteLineAsync($"Key {parsed.GetValue(id)} removed from {store.File}; {store.Keys.Count} left.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        var list = new Command("list", "List the keys: id, publisher, when made (never the keys themselves).") { file };
        list.SetAction(async (parsed, _) =>
        {
            foreach (var key in ApiKeyStore.Open(parsed.GetValue(file) ?? ApiKeyStore.DefaultFile).Keys)
            {
                await console.Out.WriteLineAsync($"{key.Id}\t{key.Publisher}\t{key.Created:yyyy-MM-dd HH:mm}Z").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        command.Subcommands.Add(add);
        command.Subcommands.Add(remove);
        command.Subcommands.Add(list);
        return command;
    }
}
