using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Narrator.Books;
using Narrator.Core;
using Narrator.Rendering;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// Books over HTTP: <c>POST /v1/books</c> (multipart: <c>file</c>, the manuscript; <c>voice</c>), then
/// <c>GET /v1/books/{id}</c>, its events as server-sent events, and its files. A job is visible only to
/// the publisher that submitted it.
/// </summary>
internal static class BookEndpoints
{
    private static readonly string[] Extensions = [".epub", ".md", ".markdown", ".txt"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/books", SubmitAsync);
        app.MapGet("/v1/books", (HttpContext context, BookJobStore store) =>
            Results.Json(new { books = store.All().Where(j => j.Publisher == Caller.Of(context).Publisher).Select(View) }, ServerJson.Options));
        app.MapGet("/v1/books/{id}", (HttpContext context, string id, BookJobStore store) =>
            Results.Json(View(Owned(context, store, id)) with { Files = [.. Files(store, id)] }, ServerJson.Options));
        app.MapGet("/v1/books/{id}/events", EventsAsync);
        app.MapGet("/v1/books/{id}/files/{**name}", (HttpContext context, string id, string name, BookJobStore store) =>
        {
            Owned(context, store, id);

            // Only a name from the job's own listing is served, so no name can reach outside its folder.
            var file = Files(store, id).FirstOrDefault(f => f == name)
                ?? throw new ApiError(StatusCodes.Status404NotFound, "invalid_request_error", $"Book {id} has no file '{name}' (GET /v1/books/{id} lists its files).", "no_such_file");
            var path = Path.Combine(store.OutputOf(id), file);
            return Results.File(path, ContentType(path), Path.GetFileName(path));
        });
    }

    /// <summary>Takes a manuscript upload as a new job; the API's <c>POST /v1/books</c> and the studio's.</summary>
    public static async Task<IResult> SubmitAsync(HttpContext context, SpeechServerOptions options, BookJobStore store, BookJobRunner runner, VoiceCatalog catalog, VoiceGate gate)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.MaxBookBytes;
        }

        if (!context.Request.HasFormContentType)
        {
            throw ApiError.BadRequest("Send the manuscript as multipart/form-data: a 'file' field (EPUB, Markdown or text) and optionally 'voice'.", "not_multipart");
        }

        var form = await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.MaxBookBytes }, context.RequestAborted).ConfigureAwait(false);
        var upload = form.Files.GetFile("file") ?? throw ApiError.BadRequest("The form has no 'file' field holding the manuscript.", "no_file");
        var name = Path.GetFileName(upload.FileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            throw Unsupported($"'{name}' is not a manuscript Narrator reads: send an EPUB, Markdown (.md) or plain-text (.txt) file.");
        }

        var caller = Caller.Of(context);
        var voice = form["voice"].FirstOrDefault() is { Length: > 0 } named ? named.Trim() : null;
        if (voice is not null && !catalog.Knows(voice))
        {
            throw ApiError.BadRequest($"voice '{voice}' is not offered here; voices: {catalog.Names(caller.Publisher, BookRenderer.AudiobookUse)}.", "unknown_voice");
        }

        try
        {
            gate.Authorize(new VoiceRequest { Voice = voice, Use = BookRenderer.AudiobookUse, Publisher = caller.Publisher });
        }
        catch (ConsentRefusedException e)
        {
            throw new ApiError(StatusCodes.Status403Forbidden, "permission_error", e.Message, "consent_refused");
        }

        var job = new BookJob(BookJobStore.NewId(), caller.KeyId, caller.Publisher, voice, "manuscript" + extension, name, DateTimeOffset.UtcNow);
        var manuscript = store.ManuscriptOf(job);
        Directory.CreateDirectory(store.FolderOf(job.Id));
        try
        {
            await using (var file = File.Create(manuscript))
            {
                await upload.CopyToAsync(file, context.RequestAborted).ConfigureAwait(false);
            }

            Sniff(manuscript, extension, name);
            var book = BookReader.Read(manuscript);
            if (book.Chapters.Count == 0)
            {
                throw Unsupported($"'{name}' has no text to read.");
            }
        }
        catch (Exception e) when (e is ApiError or NarratorException)
        {
            Directory.Delete(store.FolderOf(job.Id), recursive: true);
            throw e as ApiError ?? Unsupported($"'{name}' cannot be read as a book: {e.Message.Replace(manuscript, name, StringComparison.Ordinal).Replace(job.Manuscript, name, StringComparison.Ordinal)}");
        }

        store.Save(job);
        runner.Enqueue(job.Id);
        return Results.Json(View(job), ServerJson.Options, statusCode: StatusCodes.Status202Accepted);
    }

    private static async Task EventsAsync(HttpContext context, string id, BookJobStore store, BookJobEvents events)
    {
        Owned(context, store, id);
        ServerSentEvents.Start(context.Response);
        var current = store.Get(id)!;
        await ServerSentEvents.SendAsync(context.Response, "status", System.Text.Json.JsonSerializer.Serialize(View(current), ServerJson.Options)).ConfigureAwait(false);
        await foreach (var (type, data) in events.ReadAsync(id, () => BookJobStatus.IsFinished(store.Get(id)!.Status), context.RequestAborted).ConfigureAwait(false))
        {
            await ServerSentEvents.SendAsync(context.Response, type, data).ConfigureAwait(false);
        }
    }

    // A job of another publisher answers exactly as a job that does not exist.
    private static BookJob Owned(HttpContext context, BookJobStore store, string id) =>
        store.Get(id) is { } job && job.Publisher == Caller.Of(context).Publisher ? job
        : throw new ApiError(StatusCodes.Status404NotFound, "invalid_request_error", $"No book job '{id}' for this key.", "no_such_job");

    // The render's outputs, as paths relative to its folder with '/' (chapters/01 - Title.flac); not its lock or temporaries.
    private static IEnumerable<string> Files(BookJobStore store, string id) =>
        Directory.Exists(store.OutputOf(id))
            ? Directory.EnumerateFiles(store.OutputOf(id), "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f) is ".flac" or ".mp3" or ".m4b" or ".json" or ".html" or ".vtt" or ".srt" or ".epub" && !Path.GetFileName(f).StartsWith('.'))
                .Select(f => Path.GetRelativePath(store.OutputOf(id), f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
            : [];

    private static JobView View(BookJob job) => new(job.Id, job.Upload, job.Voice, job.Status, job.Error, job.ChaptersDone, job.Chapters, job.Audiobook, job.Submitted, []);

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".flac" => "audio/flac",
        ".mp3" => "audio/mpeg",
        ".m4b" => "audio/mp4",
        ".json" => "application/json",
        ".html" => "text/html",
        _ => "text/plain",
    };

    // The extension is the uploader's claim; the first bytes must agree with it.
    private static void Sniff(string path, string extension, string name)
    {
        var head = new byte[4096];
        int read;
        using (var file = File.OpenRead(path))
        {
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var isZip = read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (extension == ".epub" ? !isZip : isZip || Array.IndexOf(head, (byte)0, 0, read) >= 0)
        {
            throw Unsupported($"'{name}' is not what its name says: {(extension == ".epub" ? "an EPUB is a ZIP archive" : "a text manuscript has no binary data")}.");
        }
    }

    private static ApiError Unsupported(string message) => new(StatusCodes.Status415UnsupportedMediaType, "invalid_request_error", message, "not_a_book");

    private sealed record JobView(string Id, string Upload, string? Voice, string Status, string? Error, int ChaptersDone, int Chapters, string? Audiobook, DateTimeOffset Submitted, IReadOnlyList<string> Files);
}
