using System.CommandLine;
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
        var voice = new VoiceOptions(defaultUse: "api");
        var maxInput = new Option<int>("--max-input") { Description = "The most characters one request may speak.", HelpName = "characters", DefaultValueFactory = _ => 4096 };
        var rate = new Option<int>("--rate-limit") { Description = "Requests per minute allowed to each API key (or local address).", HelpName = "requests", DefaultValueFactory = _ => 120 };
        var command = new Command("serve", "Serve the speech API: POST /v1/audio/speech (OpenAI-compatible, streamed; wav, mp3, opus, aac, flac, pcm and 8 kHz ulaw), GET /v1/voices. Stock voices, and enrolled voices for the publishers their consent names.")
        {
            listen, keys, voice.Store, voice.Device, voice.Threads, maxInput, rate,
        };
        command.Subcommands.Add(Keys(console));
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var app = SpeechServer.Build(new SpeechServerOptions
            {
                Urls = parsed.GetValue(listen)!,
                KeysFile = parsed.GetValue(keys) ?? ApiKeyStore.DefaultFile,
                StoreFolder = Voices.VoiceStore.Locate(parsed.GetValue(voice.Store)),
                Execution = voice.Execution(parsed),
                MaxInputCharacters = parsed.GetValue(maxInput),
                RequestsPerMinute = parsed.GetValue(rate),
            });
            await using (app.ConfigureAwait(false))
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                await console.Error.WriteLineAsync($"Narrator serves speech on {string.Join(", ", parsed.GetValue(listen)!)}: POST /v1/audio/speech, GET /v1/voices. Ctrl+C stops.").ConfigureAwait(false);
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Ctrl+C is how a server is meant to stop.
                }

                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
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
