using System.Collections.Concurrent;
using System.Text.Json;

namespace Narrator.Server;

/// <summary>
/// What each job has reported since the server started, kept in memory for <c>GET /v1/books/{id}/events</c>:
/// a listener gets every event so far, then each new one as it comes.
/// </summary>
internal sealed class BookJobEvents
{
    private readonly ConcurrentDictionary<string, Log> _logs = new(StringComparer.Ordinal);

    public void Add(string id, string type, object data) => _logs.GetOrAdd(id, _ => new Log()).Add(type, JsonSerializer.Serialize(data, ServerJson.Options));

    /// <summary>The job's events from the first on, waiting for new ones until <paramref name="finished"/> says the job is over.</summary>
    public async IAsyncEnumerable<(string Type, string Data)> ReadAsync(string id, Func<bool> finished, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var log = _logs.GetOrAdd(id, _ => new Log());
        var next = 0;
        while (true)
        {
            var (events, changed) = log.Since(next);
            foreach (var item in events)
            {
                yield return item;
            }

            next += events.Count;
            if (finished() && log.Since(next).Events.Count == 0)
            {
                yield break;
            }

            // Wake at the next event, or after a while to look at the job again.
            await Task.WhenAny(changed, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private sealed class Log
    {
        private readonly object _gate = new();
        private readonly List<(string, string)> _events = [];
        private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Add(string type, string data)
        {
            TaskCompletionSource changed;
            lock (_gate)
            {
                _events.Add((type, data));
                changed = _changed;
                _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            changed.TrySetResult();
        }

        public (IReadOnlyList<(string Type, string Data)> Events, Task Changed) Since(int index)
        {
            lock (_gate)
            {
                return ([.. _events.Skip(index)], _changed.Task);
            }
        }
    }
}
