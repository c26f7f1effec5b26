using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Narrator.Queue;
using Narrator.Queue.Catalogue;
using Narrator.Queue.Dashboard;
using Narrator.Queue.Status;
using Narrator.Voices;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator queue submit</c> and <c>narrator queue status</c>: a catalogue of books rendered by workers on many machines.</summary>
internal static class QueueCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Option<string?> DatabaseOption() => new("--db")
    {
        Description = $"The queue's PostgreSQL connection string (Host=…;Port=…;Database=…;Username=…). [default: ${QueueSettings.DatabaseVariable}]",
        HelpName = "connection",
    };

    public static Command Create(CliConsole console)
    {
        var command = new Command("queue", "A catalogue of books narrated on many machines: each chapter a job (Hangfire on PostgreSQL) that any 'narrator worker' takes, the M4B assembled once a book's chapters are done.");
        command.Subcommands.Add(Submit(console));
        command.Subcommands.Add(Status(console));
        command.Subcommands.Add(Dashboard(console));
        return command;
    }

    private static Command Dashboard(CliConsole console)
    {
        var port = new Option<int>("--port", "-p") { Description = "The port on 127.0.0.1 (0: any free one).", HelpName = "port", DefaultValueFactory = _ => 8090 };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError($"--port: {result.GetValueOrDefault<int>()} is not a port (0 to 65535).");
            }
        });
        var database = DatabaseOption();
        var command = new Command("dashboard", "Serve Hangfire's dashboard of the queue (jobs by state, retries, failures with their errors, workers and their heartbeats), read-only, on 127.0.0.1 only (use an SSH tunnel from elsewhere), until Ctrl+C.")
        {
            port, database,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = new QueueSettings { ConnectionString = QueueSettings.ConnectionStringOrDefault(parsed.GetValue(database)) };
            var dashboard = await QueueDashboard.StartAsync(settings, parsed.GetValue(port), cancellationToken).ConfigureAwait(false);
            await using (dashboard.ConfigureAwait(false))
            {
                await console.Out.WriteLineAsync($"Dashboard of queue {settings.QueueName} at {dashboard.Address} (read-only; Ctrl+C stops it).").ConfigureAwait(false);
                // Until Ctrl+C, which ends the command as an interrupted one (exit 130).
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Submit(CliConsole console)
    {
        var books = new Argument<string[]>("books") { Description = "Manuscripts (EPUB, Markdown, text), or lists of them: a .csv (manuscript[,folder] a line) or a .json array.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "The shared folder every worker mounts at the same path; each book renders into a folder of its own inside it.", HelpName = "folder", Required = true };
        var voice = new Option<string?>("--voice", "-v") { Description = "The voice: a stock name, a Narrator bundle folder, a Piper .onnx or an enrolled id; every worker must find the same voice. [default: the default voice]", HelpName = "voice" };
        var publisher = new Option<string?>("--publisher") { Description = "The publisher an enrolled voice's consent must name.", HelpName = "name" };
        var store = new Option<string?>("--voices") { Description = "The voice store. [default: $NARRATOR_VOICES, else ~/.local/share/narrator/voices]", HelpName = "dir" };
        var database = DatabaseOption();
        var command = new Command("submit", "Put books in the queue: every manuscript is read and planned first (one bad book stops the submission before anything is queued), then each chapter becomes a job.")
        {
            books, output, voice, publisher, store, database,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = new QueueSettings { ConnectionString = QueueSettings.ConnectionStringOrDefault(parsed.GetValue(database)) };
            var submitted = await CatalogueQueue.SubmitAsync(
                settings,
                CatalogueList.Read(parsed.GetValue(books)!),
                new SubmitOptions
                {
                    SharedFolder = parsed.GetValue(output)!,
                    Voice = parsed.GetValue(voice),
                    Publisher = parsed.GetValue(publisher) ?? VoiceRequest.NoPublisher,
                    Gate = VoiceGate.Create(new VoiceGateOptions { StoreFolder = VoiceStore.Locate(parsed.GetValue(store)) }),
                },
                cancellationToken).ConfigureAwait(false);
            foreach (var book in submitted)
            {
                await console.Out.WriteLineAsync(book.Result switch
                {
                    SubmissionResult.Unchanged => $"unchanged \"{book.Title}\": submitted before with the same manuscript, voice and settings; nothing queued ({book.Folder})",
                    SubmissionResult.Changed => $"changed \"{book.Title}\": {book.ChaptersToRender} of {book.Chapters} chapter(s) to render again, then the audiobook, into {book.Folder}",
                    _ => $"queued \"{book.Title}\": {book.Chapters} chapter(s), about {Duration.Format(book.EstimatedSeconds)} of audio, into {book.Folder}",
                }).ConfigureAwait(false);
            }

            await console.Out.WriteLineAsync($"{submitted.Count} book(s) ({submitted.Count(b => b.Result == SubmissionResult.Unchanged)} unchanged), {submitted.Sum(b => b.ChaptersToRender)} chapter job(s) in queue {settings.QueueName} (Narrator {settings.Version}).").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Status(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print the status as JSON." };
        var database = DatabaseOption();
        var command = new Command("status", "Each queued book: chapters done, running, waiting, retrying and parked, audio so far, time left at the measured pace, its M4B; parked chapters with their errors. Exit 1 when something is parked.")
        {
            json, database,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = new QueueSettings { ConnectionString = QueueSettings.ConnectionStringOrDefault(parsed.GetValue(database)) };
            var progress = await CatalogueQueue.StatusAsync(settings, cancellationToken).ConfigureAwait(false);
            if (parsed.GetValue(json))
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(Document(progress), JsonOptions)).ConfigureAwait(false);
            }
            else
            {
                await WriteTableAsync(console.Out, progress).ConfigureAwait(false);
            }

            return progress.AnyParked ? ExitCodes.Negative : ExitCodes.Success;
        });
        return command;
    }

    private static object Document(CatalogueProgress progress) => new
    {
        finished = progress.IsFinished,
        parked = progress.AnyParked,
        etaSeconds = progress.Eta?.TotalSeconds,
        audioSecondsPerSecond = progress.SecondsOfAudioPerSecond is { } pace ? Math.Round(pace, 2) : (double?)null,
        books = progress.Books.Select(b => new
        {
            id = b.Id,
            title = b.Title,
            folder = b.Folder,
            chapters = b.Chapters,
            done = b.Done,
            running = b.Running,
            waiting = b.Waiting,
            retrying = b.Retrying,
            parked = b.Parked,
            audioSeconds = b.AudioSeconds,
            etaSeconds = b.Eta?.TotalSeconds,
            audiobook = b.Audiobook,
            assemblyError = b.AssemblyError,
            problems = b.Problems,
        }),
    };

    private static async Task WriteTableAsync(TextWriter output, CatalogueProgress progress)
    {
        var culture = CultureInfo.InvariantCulture;
        var width = Math.Clamp(progress.Books.Select(b => b.Title.Length).DefaultIfEmpty(4).Max(), 4, 40);
        await output.WriteLineAsync($"{"book".PadRight(width)}  chapters  done  running  waiting  retrying  parked    audio      ETA  audiobook").ConfigureAwait(false);
        foreach (var b in progress.Books)
        {
            var title = b.Title.Length > width ? b.Title[..(width - 1)] + "…" : b.Title;
            var eta = b.Eta is { } left ? Duration.Format(left.TotalSeconds) : "?";
            var audiobook = b.Audiobook is { } m4b ? Path.GetFileName(m4b) : b.IsParked ? "parked" : "-";
            await output.WriteLineAsync(string.Create(
                culture,
                $"{title.PadRight(width)}  {b.Chapters,8}  {b.Done,4}  {b.Running,7}  {b.Waiting,7}  {b.Retrying,8}  {b.Parked,6}  {Duration.Format(b.AudioSeconds),7}  {eta,7}  {audiobook}")).ConfigureAwait(false);
        }

        foreach (var b in progress.Books)
        {
            foreach (var problem in b.Problems)
            {
                await output.WriteLineAsync($"{problem.Status}: \"{b.Title}\" chapter {problem.Chapter} \"{problem.Title}\" ({problem.Failures} failure(s)): {problem.Error}").ConfigureAwait(false);
            }

            if (b.AssemblyError is { } error)
            {
                await output.WriteLineAsync($"parked: the audiobook of \"{b.Title}\": {error}").ConfigureAwait(false);
            }
        }

        var pace = progress.SecondsOfAudioPerSecond is { } p ? $", {p.ToString("0.0", culture)} s of audio per second" : string.Empty;
        var total = progress.IsFinished ? "all done" : progress.Eta is { } eta2 ? $"about {Duration.Format(eta2.TotalSeconds)} left" : "no chapter done yet";
        await output.WriteLineAsync($"{progress.Books.Count} book(s): {progress.Books.Count(b => b.IsFinished)} finished, {progress.Books.Count(b => b.IsParked)} with something parked; {total}{pace}.").ConfigureAwait(false);
    }
}
