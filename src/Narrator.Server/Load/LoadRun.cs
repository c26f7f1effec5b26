using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Narrator.Server;

/// <summary>
/// A load test of a running speech server: <c>clients</c> callers each send speech requests one after
/// another for the given time, reading every stream to its end; times to the first audio byte and to the
/// end, throughput, errors, and the server's memory along the way.
/// </summary>
public static class LoadRun
{
    /// <summary>The sentence every request speaks unless the settings give another (about 3 s of speech).</summary>
    public const string DefaultText = "The keeper climbed the stair and lit the lamp before the storm came in.";

    /// <summary>Runs the load test against the server <paramref name="client"/> points at (its base address ends with a slash).</summary>
    public static async Task<LoadReport> RunAsync(HttpClient client, LoadSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        var firstBytes = new ConcurrentBag<TimeSpan>();
        var completes = new ConcurrentBag<TimeSpan>();
        var errors = new ConcurrentQueue<string>();
        var audio = 0L;
        var memory = new List<double>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(settings.Duration);
        var sampling = SampleMemoryAsync(client, memory, stop.Token);
        var callers = Enumerable.Range(0, settings.Clients).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var clock = Stopwatch.StartNew();
                try
                {
                    var (first, bytes) = await SpeakOnceAsync(client, settings, cancellationToken).ConfigureAwait(false);
                    firstBytes.Add(first);
                    completes.Add(clock.Elapsed);
                    Interlocked.Add(ref audio, bytes);
                }
                catch (Exception e) when (e is HttpRequestException or IOException or LoadFailure or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    errors.Enqueue(e.Message);
                }
            }
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(callers).ConfigureAwait(false);
        await sampling.ConfigureAwait(false);
        return new LoadReport(
            settings.Clients, settings.Duration, completes.Count + errors.Count, errors.Count, [.. errors.Distinct().Take(5)],
            Percentile(firstBytes, 0.5), Percentile(firstBytes, 0.95), Percentile(completes, 0.5), Percentile(completes, 0.95), audio, memory);
    }

    private static async Task<(TimeSpan FirstByte, long Bytes)> SpeakOnceAsync(HttpClient client, LoadSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/audio/speech")
        {
            Content = JsonContent.Create(new { input = settings.Text, voice = settings.Voice, response_format = settings.Format }),
        };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new LoadFailure($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new byte[16384];
        var read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        var first = clock.Elapsed;
        long total = read;
        while (read > 0)
        {
            read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            total += read;
        }

        return total > 0 ? (first, total) : throw new LoadFailure("the response had no audio");
    }

    private static async Task SampleMemoryAsync(HttpClient client, List<double> memory, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var health = JsonDocument.Parse(await client.GetStringAsync("healthz", stop).ConfigureAwait(false));
                memory.Add(health.RootElement.GetProperty("working_set_mib").GetDouble());
                await Task.Delay(TimeSpan.FromSeconds(1), stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private static TimeSpan Percentile(IEnumerable<TimeSpan> values, double fraction)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
    }

    private sealed class LoadFailure(string message) : Exception(message);
}
