using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Narrator.Core;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// Adaptations started from the studio, each running <see cref="VoiceTrainer"/> in the background (it takes
/// minutes to an hour, with <see cref="SpeechServerOptions.Adaptation"/>'s steps and budget) and telling its
/// listeners every step. One adaptation per voice at a time. Its latest state (<see cref="StateOf"/>) is what a
/// reloaded page shows; after a server restart the voice's own files tell it (adapted, or a training folder left
/// by a stop, from which the next start, or <c>narrator voice train</c>, resumes).
/// </summary>
internal sealed class AdaptationJobs(SpeechServerOptions options, IVoiceAdapter adapter, IHostApplicationLifetime lifetime, ILogger<AdaptationJobs> log)
{
    public const string Running = AdaptationState.Running;

    // The same in-memory event log as book jobs, keyed by voice id and run: adapting again after a failure starts
    // a new log, so a listener never replays the old failure.
    private readonly BookJobEvents _events = new();
    private readonly ConcurrentDictionary<string, AdaptationState> _states = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _runs = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>Starts adapting <paramref name="voice"/>; false when it is being adapted already.</summary>
    public bool Start(string voice)
    {
        string events;
        lock (_gate)
        {
            if (_states.TryGetValue(voice, out var state) && state.Status == Running)
            {
                return false;
            }

            _states[voice] = new AdaptationState(Running) { Stage = "starting", Steps = options.Adaptation.Steps };
            events = LogOf(voice, _runs.AddOrUpdate(voice, 1, (_, run) => run + 1));
        }

        _events.Add(events, "status", new { status = Running });
        _ = Task.Run(() => RunAsync(voice, events));
        return true;
    }

    /// <summary>
    /// Where the voice's adaptation stands: as this server last saw it (running with its step, or how it ended), else as
    /// the voice's files tell it (adapted; a training stopped in the middle); null when it was never adapted.
    /// </summary>
    public AdaptationState? StateOf(string voice)
    {
        if (_states.TryGetValue(voice, out var state))
        {
            return state;
        }

        var store = VoiceStore.At(options.StoreFolder);
        if (!store.Contains(voice))
        {
            return null;
        }

        if (store.Get(voice).Adaptation is { } done)
        {
            return Finished(done);
        }

        return Directory.Exists(Path.Combine(store.PathOf(voice), VoiceTrainer.WorkFolder))
            ? new AdaptationState(AdaptationState.Stopped) { Error = StoppedMessage }
            : null;
    }

    /// <summary>The events of the voice's latest adaptation from its start, until it ends (nothing when none was started here).</summary>
    public IAsyncEnumerable<(string Type, string Data)> ReadAsync(string voice, CancellationToken cancellationToken)
    {
        var run = _runs.GetValueOrDefault(voice);
        return _events.ReadAsync(LogOf(voice, run), () => _runs.GetValueOrDefault(voice) != run || StateOf(voice)?.Status != Running, cancellationToken);
    }

    private const string StoppedMessage = "The server stopped before the adaptation finished; adapt again and it resumes where it was.";

    private static string LogOf(string voice, int run) => $"{voice}/{run}";

    private static AdaptationState Finished(AdaptationRecord record) => new(AdaptationState.Done)
    {
        Step = record.Steps,
        Steps = record.Steps,
        Minutes = record.TrainingMinutes,
        Likeness = record.Likeness?.Adapted,
        ZeroShot = record.Likeness?.ZeroShot,
        Updated = record.TrainedAt,
    };

    private async Task RunAsync(string voice, string events)
    {
        try
        {
            var progress = new Progress(this, voice, events);
            var record = await adapter.AdaptAsync(voice, progress, lifetime.ApplicationStopping).ConfigureAwait(false);
            var done = Finished(record);
            Finish(voice, events, done, new { status = done.Status, steps = done.Steps, minutes = done.Minutes, likeness = done.Likeness, zeroShot = done.ZeroShot });
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            Finish(voice, events, new AdaptationState(AdaptationState.Stopped) { Error = StoppedMessage });
        }
        catch (NarratorException e)
        {
            // The trainer's message names the voice and the problem (consent, takes, training): the actor needs it.
            log.LogWarning(e, "Adapting {Voice} failed.", voice);
            Finish(voice, events, new AdaptationState(AdaptationState.Failed) { Error = e.Message });
        }
        catch (Exception e)
        {
            log.LogError(e, "Adapting {Voice} failed.", voice);
            Finish(voice, events, new AdaptationState(AdaptationState.Failed) { Error = "The adaptation failed on the server; its log says why." });
        }
    }

    private void Finish(string voice, string events, AdaptationState state, object? data = null)
    {
        // The state first, then the event: a listener that sees the last event finds the adaptation over.
        _states[voice] = state;
        _events.Add(events, "status", data ?? new { status = state.Status, error = state.Error });
    }

    private sealed class Progress(AdaptationJobs jobs, string voice, string events) : IProgress<AdaptationProgress>
    {
        public void Report(AdaptationProgress value)
        {
            var remaining = Math.Round(value.Remaining.TotalSeconds);
            jobs._states[voice] = new AdaptationState(Running)
            {
                Stage = value.Stage,
                Step = value.Step,
                Steps = value.Steps,
                Loss = value.Loss,
                RemainingSeconds = remaining,
            };
            jobs._events.Add(events, "progress", new { stage = value.Stage, step = value.Step, steps = value.Steps, loss = value.Loss, remainingSeconds = remaining });
        }
    }
}
