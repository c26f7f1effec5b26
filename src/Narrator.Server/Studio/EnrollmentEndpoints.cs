using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// Enrolling a session's takes (<c>POST …/enroll</c>: the library's enrollment with consent, exactly as
/// <c>voice enroll --recordings</c>, as a background job whose progress <c>GET …/enrollment/events</c> streams) and adapting the enrolled voice (<c>POST …/adapt</c>, a background job
/// whose progress <c>GET …/adaptation/events</c> streams).
/// </summary>
internal static class EnrollmentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/sessions/{id}/enroll", Enroll);
        api.MapGet("/sessions/{id}/enrollment/events", async (HttpContext context, string id, StudioSessionStore store, EnrollmentJobs jobs) =>
        {
            StudioEndpoints.Owned(context, store, id);
            ServerSentEvents.Start(context.Response);
            await foreach (var (type, data) in jobs.ReadAsync(id, context.RequestAborted).ConfigureAwait(false))
            {
                await ServerSentEvents.SendAsync(context.Response, type, data).ConfigureAwait(false);
            }
        });
        api.MapPost("/sessions/{id}/adapt", (HttpContext context, string id, StudioSessionStore store, AdaptationJobs jobs) =>
        {
            var session = StudioEndpoints.Owned(context, store, id);
            var voice = session.VoiceId ?? throw new ApiError(StatusCodes.Status409Conflict, "invalid_request_error", "Enroll the voice before adapting it.", "not_enrolled");
            return jobs.Start(voice)
                ? Results.Json(new { voice, status = AdaptationJobs.Running }, ServerJson.Options, statusCode: StatusCodes.Status202Accepted)
                : throw new ApiError(StatusCodes.Status409Conflict, "invalid_request_error", $"Voice '{voice}' is being adapted already; follow its progress.", "adaptation_running");
        });
        api.MapGet("/sessions/{id}/adaptation/events", async (HttpContext context, string id, StudioSessionStore store, AdaptationJobs jobs) =>
        {
            var voice = StudioEndpoints.Owned(context, store, id).VoiceId
                ?? throw new ApiError(StatusCodes.Status409Conflict, "invalid_request_error", "This session has no enrolled voice to adapt yet.", "not_enrolled");
            ServerSentEvents.Start(context.Response);
            await foreach (var (type, data) in jobs.ReadAsync(voice, context.RequestAborted).ConfigureAwait(false))
            {
                await ServerSentEvents.SendAsync(context.Response, type, data).ConfigureAwait(false);
            }
        });
    }

    // Checks at once what needs no recognizer (enrolled already, nothing recorded, no bundle to enroll on), then
    // leaves the slow part to a background job whose progress GET …/enrollment/events streams.
    private static IResult Enroll(HttpContext context, string id, StudioSessionStore store, SpeechServerOptions options, EnrollmentJobs jobs)
    {
        var session = StudioEndpoints.Owned(context, store, id);
        if (session.VoiceId is { } enrolled)
        {
            throw new ApiError(StatusCodes.Status409Conflict, "invalid_request_error", $"This session is enrolled already, as voice '{enrolled}'.", "enrolled");
        }

        if (!File.Exists(store.ConsentOf(id)) || !Directory.Exists(store.TakesOf(id)))
        {
            throw new ApiError(StatusCodes.Status409Conflict, "invalid_request_error", "Record the consent statement and the script's prompts before enrolling.", "nothing_recorded");
        }

        var bundle = VoiceResolver.Resolve(options.EnrollmentBundle, options.StockFolder);
        if (bundle.Kind != VoiceKind.NarratorBundle)
        {
            throw new ApiError(StatusCodes.Status409Conflict, "server_error", $"This server cannot enroll: {bundle.Path} is not a Narrator bundle (enrollment needs its speaker encoder).", "no_enrollment_bundle");
        }

        var request = new EnrollmentRequest
        {
            Name = session.Name,
            ConsentRecording = store.ConsentOf(id),
            Statement = session.Statement,
            References = [],
            Recordings = RecordingFolder.FromDirectory(store.TakesOf(id)),
            Publisher = session.Publisher == VoiceRequest.NoPublisher ? ConsentStatement.AnyPublisher : session.Publisher,
            Uses = session.Uses,
        };
        return jobs.Start(session, request, bundle.Path)
            ? Results.Json(jobs.StateOf(id), ServerJson.Options, statusCode: StatusCodes.Status202Accepted)
            : throw new ApiError(StatusCodes.Status409Conflict, "invalid_request_error", "This session is being enrolled already; follow its progress.", "enrollment_running");
    }
}
