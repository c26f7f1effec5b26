using System.Text.Json.Serialization;

namespace Narrator.Server;

/// <summary>The body of <c>POST /v1/audio/speech</c>, in the OpenAI shape (<c>use</c> is Narrator's own).</summary>
internal sealed class SpeechRequest
{
    /// <summary>Accepted and ignored: the voice decides the model.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    [JsonPropertyName("input")]
    public string? Input { get; init; }

    /// <summary>A stock voice or an enrolled voice id. [default: the default stock voice]</summary>
    [JsonPropertyName("voice")]
    public string? Voice { get; init; }

    /// <summary>wav, mp3, opus, aac, flac, pcm or ulaw. [default: mp3, as the OpenAI API]</summary>
    [JsonPropertyName("response_format")]
    public string? ResponseFormat { get; init; }

    /// <summary>0.25 to 4. [default: 1]</summary>
    [JsonPropertyName("speed")]
    public float? Speed { get; init; }

    /// <summary>What the speech is for, checked against an enrolled voice's consent. [default: the server's, api]</summary>
    [JsonPropertyName("use")]
    public string? Use { get; init; }
}
