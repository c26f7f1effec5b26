using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Narrator.Core;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// Adaptations started from the studio, each running <see cref="VoiceTrainer"/> in the background (it takes
/// minutes to an hour) and telling its listeners every step. One adaptation per voice at a time. A server
/// stopped in the middle leaves the voice's training folder, from which the next start (or
/// <c>narrator voice train</c>) resumes.
/// </summary>
internal sealed class AdaptationJobs(SpeechServerOptions options, IHostApplicationLifetime lifetime, ILogger<AdaptationJobs> log)
{
    public const string Running = "running";

    // The same in-memory event log as book jobs, keyed by voice id.
    private readonly BookJobEvents _events = new();
    private readonly ConcurrentDictionary<string, string> _status = new(StringComparer.Ordinal);

    /// <summary>Starts adapting <paramref name="voice"/>; false when it is being adapted already.</summary>
    public bool Start(string voice)
    {
        if (_status.TryGetValue(voice, out var status) && status == Running)
        {
            return false;
        }

        _status[voice] = Running;
        _events.Add(voice, "status", new { status = Running });
        _ = Task.Run(() => RunAsync(voice));
        return true;
    }

    /// <summary>The events of the voice's adaptation from its start, until it ends (nothing when none was started).</summary>
    public IAsyncEnumerable<(string Type, string Data)> ReadAsync(string voice, CancellationToken cancellationToken) =>
        _events.ReadAsync(voice, () => !_status.TryGetValue(voice, out var status) || status != Running, cancellationToken);

    private async Task RunAsync(string voice)
    {
        try
        {
            var progress = new Progress(this, voice);
            var record = await VoiceTrainer.TrainAsync(VoiceStore.At(options.StoreFolder), voice, new AdaptationOptions(), options.Execution, progress, DateOnly.FromDateTime(DateTime.Now), lifetime.ApplicationStopping).ConfigureAwait(false);
            Finish(voice, "done", new { status = "done", steps = record.Steps, minutes = record.TrainingMinutes, likeness = record.Likeness?.Adapted, zeroShot = record.Likeness?.ZeroShot });
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            Finish(voice, "stopped", new { status = "stopped", error = "The server stopped; the adaptation resumes where it was when it is started again." });
        }
        catch (NarratorException e)
        {
            // The trainer's message names the voice and the problem (consent, takes, training): the actor needs it.
            log.LogWarning(e, "Adapting {Voice} failed.", voice);
            Finish(voice, "failed", new { status = "failed", error = e.Message });
        }
        catch (Exception e)
        {
            log.LogError(e, "Adapting {Voice} failed.", voice);
            Finish(voice, "failed", new { status = "failed", error = "The adaptation failed on the server; its log says why." });
        }
    }

    private void Finish(string voice, string status, object data)
    {
        _events.Add(voice, "status", data);
        _status[voice] = status;
    }

    private sealed class Progress(AdaptationJobs jobs, string voice) : IProgress<AdaptationProgress>
    {
        public void Report(AdaptationProgress value) => jobs._events.Add(voice, "progress", new
        {
            stage = value.Stage,
            step = value.Step,
            steps = value.Steps,
            loss = value.Loss,
            remainingSeconds = Math.Round(value.Remaining.TotalSeconds),
        });
    }
}
