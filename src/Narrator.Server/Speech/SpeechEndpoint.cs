using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Narrator.Core;
using Narrator.Synthesis;
using Narrator.Synthesis.Ssml;
using Narrator.Synthesis.Voices;
using Narrator.Text.Ssml;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// <c>POST /v1/audio/speech</c>: text (or an SSML document) in, audio streamed out as it is synthesized, utterance by utterance,
/// through the consent gate for the caller's publisher. Everything wrong with a request is answered with a
/// 4xx before the first byte of audio; a failure after that ends the stream early (and is logged).
/// </summary>
internal sealed class SpeechEndpoint(SpeechServerOptions options, VoiceCatalog catalog, VoicePool pool, VoiceGate gate, ILogger<SpeechEndpoint> log)
{
    public async Task HandleAsync(HttpContext context)
    {
        var caller = Caller.Of(context);
        var clock = Stopwatch.StartNew();
        var request = await ReadAsync(context.Request).ConfigureAwait(false);
        var (text, format, speed, use) = Validate(request);
        var voice = string.IsNullOrWhiteSpace(request.Voice) ? null : request.Voice.Trim();
        if (voice is not null && !catalog.Knows(voice))
        {
            throw ApiError.BadRequest($"voice '{voice}' is not offered here; voices: {catalog.Names(caller.Publisher, use)} (GET /v1/voices lists them).", "unknown_voice");
        }

        var document = Ssml(text, caller, use);
        using var lease = await RentAsync(new VoiceRequest { Voice = voice, Use = use, Publisher = caller.Publisher }, context.RequestAborted).ConfigureAwait(false);
        using var synthesizer = Synthesizer.Create(lease.Voice, new SynthesisOptions { Voice = new VoiceSettings { Speed = speed } }, ownsVoice: false);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format.ContentType;
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Narrator-Voice"] = lease.Voice.Name;
        response.Headers["X-Narrator-Sample-Rate"] = (format.Name switch
        {
            "pcm" => ResponseFormat.PcmRate,
            "ulaw" => ResponseFormat.TelephoneRate,
            _ => synthesizer.SampleRate,
        }).ToString(CultureInfo.InvariantCulture);

        var encoder = format.Encoder is null ? (IResponseEncoder)new WavEncoder(response.Body, synthesizer.SampleRate) : FfmpegEncoder.Start(format, synthesizer.SampleRate, response.Body);
        await using (encoder.ConfigureAwait(false))
        {
            var samples = 0L;
            try
            {
                await response.StartAsync(context.RequestAborted).ConfigureAwait(false);
                var chunks = document is null ? synthesizer.SynthesizeAsync(text, context.RequestAborted) : synthesizer.SynthesizeAsync(document, SsmlVoices(caller, use), context.RequestAborted);
                await foreach (var chunk in chunks.ConfigureAwait(false))
                {
                    await encoder.WriteAsync(chunk.Samples, context.RequestAborted).ConfigureAwait(false);
                    samples += chunk.Samples.Length;
                }

                await encoder.CompleteAsync(context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                log.LogInformation("Speech for key {Key} stopped: the client left after {Seconds:0.00} s of audio.", caller.KeyId, samples / (double)synthesizer.SampleRate);
                return;
            }
            catch (Exception e) when (e is NarratorException or IOException)
            {
                // The status line is sent: the only way left to say "incomplete" is to end the stream abruptly.
                log.LogError(e, "Speech for key {Key} failed after {Seconds:0.00} s of audio; the stream was cut.", caller.KeyId, samples / (double)synthesizer.SampleRate);
                context.Abort();
                return;
            }

            log.LogInformation(
                "Speech for key {Key} (publisher {Publisher}): voice {Voice}, {Characters} characters, {Format}, {Seconds:0.00} s of audio in {Elapsed} ms.",
                caller.KeyId, caller.Publisher, lease.Voice.Name, text.Length, format.Name, samples / (double)synthesizer.SampleRate, clock.ElapsedMilliseconds);
        }
    }

    /// <summary>
    /// The SSML document when the input is one (a <c>speak</c> root), with every voice it names checked
    /// now, so that a voice it may not use is refused before any audio is sent; null for plain text.
    /// </summary>
    private SsmlDocument? Ssml(string text, Caller caller, string use)
    {
        if (!text.TrimStart().StartsWith("<speak", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        SsmlDocument document;
        try
        {
            document = SsmlDocument.Parse(text, "input");
        }
        catch (NarratorException e)
        {
            throw ApiError.BadRequest(e.Message, "invalid_ssml");
        }

        foreach (var piece in document.Pieces.Where(p => p.Voice is not null).DistinctBy(p => p.Voice))
        {
            if (!catalog.Knows(piece.Voice!))
            {
                throw ApiError.BadRequest($"input line {piece.Line}, column {piece.Column}: voice '{piece.Voice}' is not offered here; voices: {catalog.Names(caller.Publisher, use)}.", "unknown_voice");
            }

            try
            {
                gate.Authorize(new VoiceRequest { Voice = piece.Voice, Use = use, Publisher = caller.Publisher });
            }
            catch (ConsentRefusedException e)
            {
                throw new ApiError(StatusCodes.Status403Forbidden, "permission_error", $"input line {piece.Line}, column {piece.Column}: {e.Message}", "consent_refused");
            }
        }

        foreach (var warning in document.Warnings)
        {
            log.LogWarning("SSML from key {Key}: {Warning}", caller.KeyId, warning);
        }

        return document;
    }

    // A voice element's voice is opened through the gate for this request; the synthesizer disposes it after the document.
    private SsmlSpeakOptions SsmlVoices(Caller caller, string use) => new()
    {
        Voices = name => gate.Open(new VoiceRequest { Voice = name, Use = use, Publisher = caller.Publisher }),
        Warn = warning => log.LogWarning("SSML from key {Key}: {Warning}", caller.KeyId, warning),
    };

    private async Task<SpeechRequest> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > options.MaxRequestBytes)
        {
            throw TooLarge(request.ContentLength.Value);
        }

        using var body = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            body.Write(buffer, 0, read);
            if (body.Length > options.MaxRequestBytes)
            {
                throw TooLarge(body.Length);
            }
        }

        if (body.Length == 0)
        {
            throw ApiError.BadRequest("The request has no body: send JSON such as {\"input\": \"Hello.\", \"voice\": \"bdl\", \"response_format\": \"wav\"}.");
        }

        try
        {
            return JsonSerializer.Deserialize<SpeechRequest>(body.ToArray(), ServerJson.Options)
                ?? throw ApiError.BadRequest("The request body is JSON null; send an object with 'input'.");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
            throw ApiError.BadRequest($"The request body is not valid JSON for this endpoint{where}: {FirstSentence(e.Message)}", "invalid_json");
        }
    }

    private (string Text, ResponseFormat Format, float Speed, string Use) Validate(SpeechRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Input))
        {
            throw ApiError.BadRequest("'input' is missing or empty: give the text to speak.", "empty_input");
        }

        if (request.Input.Length > options.MaxInputCharacters)
        {
            throw ApiError.BadRequest($"'input' is {request.Input.Length} characters; this server speaks at most {options.MaxInputCharacters} per request (split the text, or render a book).", "input_too_long");
        }

        var speed = request.Speed ?? 1f;
        if (!(speed is >= 0.25f and <= 4f))
        {
            throw ApiError.BadRequest(string.Create(CultureInfo.InvariantCulture, $"'speed' {speed} is outside 0.25 to 4."), "invalid_speed");
        }

        return (request.Input, ResponseFormat.Named(request.ResponseFormat), speed, string.IsNullOrWhiteSpace(request.Use) ? options.DefaultUse : request.Use.Trim());
    }

    private async Task<VoiceLease> RentAsync(VoiceRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await pool.RentAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (ConsentRefusedException e)
        {
            throw new ApiError(StatusCodes.Status403Forbidden, "permission_error", e.Message, "consent_refused");
        }
    }

    private ApiError TooLarge(long bytes) => new(
        StatusCodes.Status413PayloadTooLarge, "invalid_request_error",
        $"The request body is {bytes.ToString(CultureInfo.InvariantCulture)} bytes or more; this server takes at most {options.MaxRequestBytes.ToString(CultureInfo.InvariantCulture)}.", "request_too_large");

    private static string FirstSentence(string message) => message.Split(". ", 2)[0].TrimEnd('.') + ".";
}
