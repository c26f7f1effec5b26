using System.CommandLine;
using System.Globalization;
using Narrator.Queue;
using Narrator.Queue.Worker;
using Narrator.Voices;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator worker</c>: takes chapter and assembly jobs from the queue until stopped (Ctrl+C, SIGTERM).</summary>
internal static class WorkerCommand
{
    public static Command Create(CliConsole console)
    {
        var concurrency = new Option<int>("--concurrency", "-c") { Description = "Chapters rendered at once on this machine.", HelpName = "count", DefaultValueFactory = _ => 1 };
        var invisibility = new Option<double>("--invisibility-timeout")
        {
            Description = "Seconds a killed worker's chapter stays invisible before another worker takes it (a live worker renews its chapters, so this is no limit on a chapter's length). Every worker of a queue should use the same.",
            HelpName = "seconds",
            DefaultValueFactory = _ => new QueueSettings { ConnectionString = string.Empty }.InvisibilityTimeout.TotalSeconds,
        };
        invisibility.Validators.Add(result =>
        {
            var seconds = result.GetValueOrDefault<double>();
            if (QueueSettings.InvisibilityTimeoutProblem(TimeSpan.FromSeconds(double.IsFinite(seconds) ? Math.Clamp(seconds, -1, 1e7) : -1)) is { } problem)
            {
                result.AddError($"--invisibility-timeout: {problem}.");
            }
        });
        var wait = new Option<double>("--wait-for-db")
        {
            Description = "Seconds to keep trying, with backoff, when the queue database is starting up or cannot be reached at start, before giving up (exit 2). 0: give up at once.",
            HelpName = "seconds",
            DefaultValueFactory = _ => new WorkerOptions().DatabaseWait.TotalSeconds,
        };
        wait.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is var seconds && !(seconds is >= 0 and <= 86400))
            {
                result.AddError($"--wait-for-db: {seconds.ToString(CultureInfo.InvariantCulture)} is not a number of seconds from 0 to a day (86400).");
            }
        });
        var voice = new VoiceOptions(defaultUse: "audiobook");
        var database = QueueCommand.DatabaseOption();
        var command = new Command("worker", "Render queued chapters on this machine until stopped (Ctrl+C or SIGTERM give chapters in progress back to the queue; a killed worker's chapter is put back at the head of the queue after the invisibility timeout). Waits for a database that is starting up. Refuses a queue of another Narrator version.")
        {
            concurrency, invisibility, wait, voice.Device, voice.Threads, voice.Store, database,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = new QueueSettings
            {
                ConnectionString = QueueSettings.ConnectionStringOrDefault(parsed.GetValue(database)),
                InvisibilityTimeout = TimeSpan.FromSeconds(parsed.GetValue(invisibility)),
            };
            var gate = VoiceGate.Create(new VoiceGateOptions { StoreFolder = VoiceStore.Locate(parsed.GetValue(voice.Store)), Execution = voice.Execution(parsed) });
            var log = new object();
            await QueueWorker.RunAsync(
                settings,
                new WorkerOptions
                {
                    Concurrency = parsed.GetValue(concurrency),
                    DatabaseWait = TimeSpan.FromSeconds(parsed.GetValue(wait)),
                    Gate = gate,
                    Log = line =>
                    {
                        lock (log)
                        {
                            console.Error.WriteLine($"{DateTime.UtcNow.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {line}");
                        }
                    },
                },
                cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
