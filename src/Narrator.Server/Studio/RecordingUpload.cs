using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Narrator.Server;

/// <summary>
/// A recording the studio sends (the body of the POST, a WAV the page encoded): at most
/// <see cref="MaxBytes"/>, and a RIFF/WAVE file by its first bytes, whatever its content type claims.
/// </summary>
internal static class RecordingUpload
{
    /// <summary>Two minutes of 48 kHz 16-bit mono and then some: far more than a prompt or the consent statement takes.</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    /// <summary>Writes the body to <paramref name="path"/>; a 413 or 415 (and nothing left behind) when it is too large or not a WAV.</summary>
    public static async Task SaveAsync(HttpContext context, string path, string what)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBytes;
        }

        if (context.Request.ContentLength > MaxBytes)
        {
            throw TooLarge(what);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            await using (var file = File.Create(path))
            {
                try
                {
                    await context.Request.Body.CopyToAsync(file, context.RequestAborted).ConfigureAwait(false);
                }
                catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    // A body sent without its length is cut off by Kestrel at the limit.
                    throw TooLarge(what);
                }
            }

            if (!IsWav(path))
            {
                throw new ApiError(StatusCodes.Status415UnsupportedMediaType, "invalid_request_error", $"The {what} is not a WAV recording (a RIFF/WAVE file): the studio page sends 16-bit PCM WAV.", "not_audio");
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static ApiError TooLarge(string what) =>
        new(StatusCodes.Status413PayloadTooLarge, "invalid_request_error", $"The {what} is larger than a recording may be here ({MaxBytes / 1048576} MiB).", "too_large");

    private static bool IsWav(string path)
    {
        var head = new byte[12];
        using var file = File.OpenRead(path);
        return file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length
            && head.AsSpan(0, 4).SequenceEqual("RIFF"u8) && head.AsSpan(8, 4).SequenceEqual("WAVE"u8);
    }
}
