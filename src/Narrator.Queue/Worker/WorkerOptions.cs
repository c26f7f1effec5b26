using Narrator.Voices;

namespace Narrator.Queue.Worker;

/// <summary>How a worker runs.</summary>
public sealed class WorkerOptions
{
    /// <summary>Chapters rendered at once (Hangfire workers of this server). Default 1.</summary>
    public int Concurrency { get; init; } = 1;

    /// <summary>The consent gate that loads voices (it carries the execution device). Default: the shipped voices and the user's store on the default device.</summary>
    public VoiceGate? Gate { get; init; }

    /// <summary>The worker's name in the queue's records. Default: host name and process id.</summary>
    public string Name { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Told one line per event (chapter started, done, failed; audiobook made). Default: nothing.</summary>
    public Action<string> Log { get; init; } = _ => { };

    /// <summary>
    /// How long a worker that starts while its database is starting up or unreachable keeps trying (with backoff, telling
    /// each attempt through <see cref="Log"/>) before it gives up with the error naming the database. Zero: no waiting.
    /// Default 60 s.
    /// </summary>
    public TimeSpan DatabaseWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often delayed retries are looked for. Default 5 s.</summary>
    public TimeSpan RetryPollInterval { get; init; } = TimeSpan.FromSeconds(5);
}
