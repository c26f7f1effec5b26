namespace Narrator.Server;

/// <summary>
/// An audio format the speech endpoint streams. WAV goes out as it is made (16-bit PCM at the voice's rate,
/// the header's lengths left open); every other format is encoded on the fly by an ffmpeg process.
/// </summary>
/// <param name="Name">What <c>response_format</c> says.</param>
/// <param name="ContentType">The response's media type.</param>
/// <param name="Encoder">ffmpeg's output arguments, or null when the server writes the format itself.</param>
internal sealed record ResponseFormat(string Name, string ContentType, IReadOnlyList<string>? Encoder)
{
    /// <summary>The sample rate of <c>pcm</c>: raw 16-bit little-endian mono at 24 kHz, as OpenAI clients expect.</summary>
    public const int PcmRate = 24000;

    /// <summary>The sample rate of <c>ulaw</c>: G.711 μ-law at 8 kHz, the telephone channel of phone agents.</summary>
    public const int TelephoneRate = 8000;

    public static IReadOnlyList<ResponseFormat> All { get; } =
    [
        new("mp3", "audio/mpeg", ["-c:a", "libmp3lame", "-b:a", "64k", "-f", "mp3"]),
        new("opus", "audio/ogg; codecs=opus", ["-c:a", "libopus", "-b:a", "32k", "-f", "ogg"]),
        new("aac", "audio/aac", ["-c:a", "aac", "-b:a", "64k", "-f", "adts"]),
        new("flac", "audio/flac", ["-c:a", "flac", "-f", "flac"]),
        new("wav", "audio/wav", null),
        new("pcm", "audio/pcm", ["-ar", $"{PcmRate}", "-c:a", "pcm_s16le", "-f", "s16le"]),
        new("ulaw", "audio/basic", ["-ar", $"{TelephoneRate}", "-c:a", "pcm_mulaw", "-f", "mulaw"]),
    ];

    /// <summary>The format named <paramref name="name"/> (mp3 when none is named), or a 400 listing the formats.</summary>
    public static ResponseFormat Named(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name ?? "mp3", StringComparison.OrdinalIgnoreCase))
        ?? throw ApiError.BadRequest($"response_format '{name}' is not offered; choose one of {string.Join(", ", All.Select(f => f.Name))}.", "unsupported_response_format");
}
