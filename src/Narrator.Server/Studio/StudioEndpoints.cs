using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// The studio's API under <c>/studio/api</c>: recording sessions (<see cref="RecordingEndpoints"/>), enrollment
/// and adaptation (<see cref="EnrollmentEndpoints"/>) and book submission. Every POST passes the CSRF check;
/// the API key rules are the API's (a session, like a book job, is visible only to its publisher).
/// </summary>
internal static class StudioEndpoints
{
    /// <summary>The uses a voice enrolled in the studio consents to: audiobooks, and previews (in the studio, or over the API with <c>use: preview</c>).</summary>
    public static readonly IReadOnlyList<string> Uses = ["audiobook", "preview"];

    public static void Map(IEndpointRouteBuilder app)
    {
        StudioAssets.Map(app);
        var api = app.MapGroup("/studio/api").AddEndpointFilter(async (filter, next) =>
            HttpMethods.IsPost(filter.HttpContext.Request.Method) && filter.HttpContext.RequestServices.GetRequiredService<StudioCsrf>().Problem(filter.HttpContext.Request) is { } problem
                ? throw new ApiError(StatusCodes.Status403Forbidden, "permission_error", problem, "csrf_failed")
                : await next(filter).ConfigureAwait(false));
        api.MapGet("/script", (int? prompts, SpeechServerOptions options) => Results.Json(new { prompts = RecordingScript.Take(prompts ?? options.StudioPrompts), sizes = RecordingScript.Sizes }, ServerJson.Options));
        api.MapPost("/sessions", CreateAsync);
        api.MapGet("/sessions/{id}", (HttpContext context, string id, StudioSessionStore store, EnrollmentJobs enrollments, AdaptationJobs adaptations) => Results.Json(View(store, enrollments, adaptations, Owned(context, store, id)), ServerJson.Options));
        RecordingEndpoints.Map(api);
        EnrollmentEndpoints.Map(api);
        api.MapPost("/books", BookEndpoints.SubmitAsync);
    }

    /// <summary>The session, when it is the caller's; another publisher's answers as one that does not exist.</summary>
    public static StudioSession Owned(HttpContext context, StudioSessionStore store, string id) =>
        store.Get(id) is { } session && session.Publisher == Caller.Of(context).Publisher ? session
        : throw new ApiError(StatusCodes.Status404NotFound, "invalid_request_error", $"No studio session '{id}' for this key.", "no_such_session");

    /// <summary>The session as its page shows it: script, takes and their QA, and where its enrollment and its voice's adaptation stand.</summary>
    public static object View(StudioSessionStore store, EnrollmentJobs enrollments, AdaptationJobs adaptations, StudioSession session)
    {
        // First: the state of an enrollment cut off by a stop may finish the session's record (its voice).
        var enrollment = enrollments.StateOf(session.Id);
        session = store.Get(session.Id) ?? session;
        var prompts = session.Prompts.Select(StudioSessionStore.Prompt).OfType<ScriptPrompt>().ToList();
        var takes = store.Qa(session.Id);
        return new
        {
            session.Id,
            session.Name,
            session.Statement,
            prompts,
            takes,
            progress = ScriptProgress.Of([.. prompts.Select(p => p.Id)], takes),
            consentRecorded = File.Exists(store.ConsentOf(session.Id)),
            voice = session.VoiceId,
            enrollment,
            adaptation = session.VoiceId is { } voice ? adaptations.StateOf(voice) : null,
        };
    }

    private static async Task<IResult> CreateAsync(HttpContext context, StudioSessionStore store, EnrollmentJobs enrollments, AdaptationJobs adaptations, SpeechServerOptions options)
    {
        var request = await ReadAsync<NewSession>(context).ConfigureAwait(false);
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 100 || !name.Any(char.IsLetter))
        {
            throw ApiError.BadRequest("Give the speaker's full name (1 to 100 characters, with letters): the consent statement names them.", "invalid_name");
        }

        var count = request.Prompts ?? options.StudioPrompts;
        IReadOnlyList<ScriptPrompt> prompts;
        try
        {
            prompts = RecordingScript.Take(count);
        }
        catch (VoiceException e)
        {
            throw ApiError.BadRequest(e.Message, "invalid_prompts");
        }

        var caller = Caller.Of(context);
        var publisher = caller.Publisher == VoiceRequest.NoPublisher ? ConsentStatement.AnyPublisher : caller.Publisher;
        var session = new StudioSession(RandomId.New(), caller.KeyId, caller.Publisher, name, ConsentStatement.Text(name, publisher, Uses), Uses, [.. prompts.Select(p => p.Id)], DateTimeOffset.UtcNow);
        store.Save(session);
        return Results.Json(View(store, enrollments, adaptations, session), ServerJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<T> ReadAsync<T>(HttpContext context)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(context.Request.Body, ServerJson.Options, context.RequestAborted).ConfigureAwait(false)
                ?? throw ApiError.BadRequest("The body is empty: send a JSON object.", "invalid_json");
        }
        catch (JsonException e)
        {
            throw ApiError.BadRequest($"The body is not valid JSON: {e.Message}", "invalid_json");
        }
    }

    private sealed record NewSession(string? Name, int? Prompts);
}
