using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Narrator.Audio;
using Narrator.Core;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// A session's recordings: the consent statement (<c>POST …/consent</c>) and one take per prompt
/// (<c>POST …/takes/{prompt}</c>, again to re-record). Each answers at once with the library's own checks:
/// a take's QA as <c>voice enroll --recordings</c> makes it, the consent recording's level and the share
/// of the statement's words the recognizer heard.
/// </summary>
internal static class RecordingEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/sessions/{id}/takes/{prompt}", TakeAsync);
        api.MapPost("/sessions/{id}/consent", ConsentAsync);
    }

    private static async Task<IResult> TakeAsync(HttpContext context, string id, string prompt, StudioSessionStore store, IStatementRecognizer recognizer)
    {
        var session = StudioEndpoints.Owned(context, store, id);
        var script = StudioSessionStore.Prompt(prompt) is { } known && session.Prompts.Contains(known.Id) ? known
            : throw new ApiError(StatusCodes.Status404NotFound, "invalid_request_error", $"'{prompt}' is not a prompt of this session's script.", "no_such_prompt");
        var incoming = store.IncomingOf(id);
        await RecordingUpload.SaveAsync(context, incoming, $"take of {script.Id}").ConfigureAwait(false);
        var report = await Task.Run(() => TakeQa.Check(new ScriptTake(incoming, script), AudioDecoder.Stream, recognizer), context.RequestAborted).ConfigureAwait(false);
        if (report.SampleRate == 0)
        {
            File.Delete(incoming);
            throw NotAudio($"take of {script.Id}", report.Rejection);
        }

        // The take replaces any earlier one; a failed take is kept too (enrollment lists it and leaves it out) until it is recorded again.
        report = report with { File = script.Id + ".wav" };
        Directory.CreateDirectory(store.TakesOf(id));
        File.Move(incoming, store.TakeOf(id, script), overwrite: true);
        store.SaveQa(id, script, report);
        return Results.Json(new { prompt = script.Id, report, figures = report.Figures() }, ServerJson.Options);
    }

    private static async Task<IResult> ConsentAsync(HttpContext context, string id, StudioSessionStore store, IStatementRecognizer recognizer)
    {
        var session = StudioEndpoints.Owned(context, store, id);
        var incoming = store.IncomingOf(id);
        await RecordingUpload.SaveAsync(context, incoming, "consent recording").ConfigureAwait(false);
        float[] samples;
        int rate;
        try
        {
            (samples, rate) = await Task.Run(() => AudioSinks.ReadWhole(AudioDecoder.Stream, incoming), context.RequestAborted).ConfigureAwait(false);
        }
        catch (NarratorException e)
        {
            File.Delete(incoming);
            throw NotAudio("consent recording", e.Message);
        }

        var report = ReferenceQa.Analyze("consent.wav", samples, rate);
        var heard = await Task.Run(() => recognizer.Transcribe(samples, rate, out var unavailable) ?? throw new ApiError(StatusCodes.Status503ServiceUnavailable, "server_error", $"The statement cannot be checked on this server: {unavailable}.", "no_recognizer"), context.RequestAborted).ConfigureAwait(false);
        var share = ConsentStatement.RecognizedShare(session.Statement, heard);
        var needed = ConsentThresholds.Calibrated.Statement;
        File.Move(incoming, store.ConsentOf(id), overwrite: true);
        return Results.Json(new { report, figures = report.Figures(), heard, share, needed, passed = share >= needed }, ServerJson.Options);
    }

    private static ApiError NotAudio(string what, string? why) =>
        new(StatusCodes.Status415UnsupportedMediaType, "invalid_request_error", $"The {what} cannot be read as audio: {why}", "not_audio");
}
