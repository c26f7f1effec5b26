using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Narrator.Audio;
using Narrator.Core;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// Enrollments started from the studio, each run in the background (checking every take with the
/// recognizer, the consent speaker and statement, then writing the voice takes a while), telling its
/// listeners each stage and its end. One enrollment per session at a time; its state is kept in the
/// session's folder (<see cref="EnrollmentState"/>), so a page reloaded meanwhile finds it again.
/// </summary>
internal sealed class EnrollmentJobs(SpeechServerOptions options, StudioSessionStore store, IStatementRecognizer recognizer, ILogger<EnrollmentJobs> log)
{
    // The same in-memory event log as book jobs, keyed by session id and run: enrolling again after a
    // refusal starts a new log, so a listener never replays the old refusal.
    private readonly BookJobEvents _events = new();
    private readonly ConcurrentDictionary<string, bool> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _runs = new(StringComparer.Ordinal);

    /// <summary>Starts enrolling <paramref name="request"/> on the bundle at <paramref name="bundle"/>; false when the session is being enrolled already.</summary>
    public bool Start(StudioSession session, EnrollmentRequest request, string bundle)
    {
        if (!_running.TryAdd(session.Id, true))
        {
            return false;
        }

        var events = LogOf(session.Id, _runs.AddOrUpdate(session.Id, 1, (_, run) => run + 1));
        Report(session.Id, events, new EnrollmentState(EnrollmentState.Running) { Stage = "Loading the speaker encoder…" });

        // Task.Run keeps the request's execution context, so the job runs under the same settings as the request that started it.
        _ = Task.Run(() => Run(session.Id, events, request, bundle));
        return true;
    }

    /// <summary>The session's enrollment: running here, or as its folder last recorded it (null when never started).</summary>
    public EnrollmentState? StateOf(string id)
    {
        // Asked first: a job ends by writing its last state and only then leaving the running set.
        var running = _running.ContainsKey(id);
        var state = store.Enrollment(id);
        return state is { Status: EnrollmentState.Running } && !running ? Interrupted(id) : state;
    }

    // A run cut off by a stop: it may have written its voice before the server stopped, and then the session's
    // record is finished from the voice; else it is recorded as interrupted. The session's slot is held meanwhile,
    // so that no enrollment starts while this one is settled.
    private EnrollmentState? Interrupted(string id)
    {
        if (!_running.TryAdd(id, true))
        {
            return store.Enrollment(id);
        }

        try
        {
            var state = Finished(id) ?? EnrollmentState.Interrupted();
            store.SaveEnrollment(id, state);
            return state;
        }
        finally
        {
            _running.TryRemove(id, out _);
        }
    }

    // The final state of a session whose voice the store holds already (written by a run the server did not see to its
    // end), with the session's record finished; null when the store holds no voice of this session.
    private EnrollmentState? Finished(string id)
    {
        var session = store.Get(id)!;
        if (WrittenVoice.Find(VoiceStore.At(options.StoreFolder), store, session) is not { } voice)
        {
            return null;
        }

        log.LogWarning("Studio session {Session}: voice {Voice} was written before the server stopped; its record in the session is finished now.", id, voice.Id);
        store.Save(session with { VoiceId = voice.Id });
        return WrittenVoice.Done(voice, store, session);
    }

    /// <summary>
    /// The enrollment's events from its start until it ends. After a server restart no events are in memory:
    /// the state its folder holds is the one event then.
    /// </summary>
    public async IAsyncEnumerable<(string Type, string Data)> ReadAsync(string id, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!_runs.TryGetValue(id, out var run))
        {
            if (StateOf(id) is { } state)
            {
                yield return ("status", System.Text.Json.JsonSerializer.Serialize(state, ServerJson.Options));
            }

            yield break;
        }

        await foreach (var item in _events.ReadAsync(LogOf(id, run), () => !_running.ContainsKey(id) || _runs[id] != run, cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private static string LogOf(string id, int run) => $"{id}/{run}";

    private void Run(string id, string events, EnrollmentRequest request, string bundle)
    {
        try
        {
            // Enrolled already by a run the server did not see to its end: finish its record, not a second voice.
            if (Finished(id) is { } finished)
            {
                Report(id, events, finished);
                return;
            }

            using var embedder = BundleEmbedder.FromDirectory(bundle, options.Execution);
            Report(id, events, new EnrollmentState(EnrollmentState.Running) { Stage = Checking(request.Recordings!.Takes.Count) });
            var result = new VoiceEnroller(embedder, embedder.Bundle, AudioDecoder.Stream, recognizer).Enroll(request, VoiceStore.At(options.StoreFolder), DateOnly.FromDateTime(DateTime.Now));
            var consent = result.Voice.Consent!;
            store.Save(store.Get(id)! with { VoiceId = result.Voice.Id });
            Report(id, events, new EnrollmentState(EnrollmentState.Done)
            {
                Voice = result.Voice.Id,
                Reports = result.Reports,
                Warnings = result.Warnings,
                SpeakerSimilarity = consent.SpeakerSimilarity,
                Statement = consent.StatementCheckDetail,
            });
        }
        catch (EnrollmentRefusedException e)
        {
            Report(id, events, new EnrollmentState(EnrollmentState.Failed) { Error = e.Message, Reports = e.Reports });
        }
        catch (NarratorException e)
        {
            // The library's message names the file and the problem (a bundle that does not load, a take that cannot be read).
            log.LogWarning(e, "Enrolling studio session {Session} failed.", id);
            Report(id, events, new EnrollmentState(EnrollmentState.Failed) { Error = e.Message });
        }
        catch (Exception e)
        {
            log.LogError(e, "Enrolling studio session {Session} failed.", id);
            Report(id, events, new EnrollmentState(EnrollmentState.Failed) { Error = "The enrollment failed on the server; its log says why. Nothing was enrolled." });
        }
        finally
        {
            // Last, so that a listener sees the final state before the stream ends.
            _running.TryRemove(id, out _);
        }
    }

    private static string Checking(int takes) => $"Checking {takes} take{(takes == 1 ? string.Empty : "s")} and the consent statement…";

    private void Report(string id, string events, EnrollmentState state)
    {
        store.SaveEnrollment(id, state);
        _events.Add(events, "status", state);
    }
}
