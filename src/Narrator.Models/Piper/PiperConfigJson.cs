using System.Text.Json;
using System.Text.Json.Serialization;

namespace Narrator.Models.Piper;

// The shape of a Piper voice's .onnx.json, as read from disk; PiperVoiceConfig validates it.
internal sealed class PiperConfigJson
{
    [JsonPropertyName("audio")]
    public AudioJson? Audio { get; set; }

    [JsonPropertyName("espeak")]
    public EspeakJson? Espeak { get; set; }

    [JsonPropertyName("inference")]
    public InferenceJson? Inference { get; set; }

    [JsonPropertyName("phoneme_type")]
    public string? PhonemeType { get; set; }

    [JsonPropertyName("phoneme_id_map")]
    public Dictionary<string, long[]?>? PhonemeIdMap { get; set; }

    [JsonPropertyName("num_symbols")]
    public int? NumSymbols { get; set; }

    [JsonPropertyName("num_speakers")]
    public int? NumSpeakers { get; set; }

    [JsonPropertyName("speaker_id_map")]
    public Dictionary<string, int>? SpeakerIdMap { get; set; }

    [JsonPropertyName("piper_version")]
    public string? PiperVersion { get; set; }

    // An object with "code" in current voices; a plain string in some older ones.
    [JsonPropertyName("language")]
    public JsonElement Language { get; set; }

    [JsonPropertyName("dataset")]
    public string? Dataset { get; set; }

    internal sealed class AudioJson
    {
        [JsonPropertyName("sample_rate")]
        public int? SampleRate { get; set; }

        [JsonPropertyName("quality")]
        public string? Quality { get; set; }
    }

    internal sealed class EspeakJson
    {
        [JsonPropertyName("voice")]
        public string? Voice { get; set; }
    }

    internal sealed class InferenceJson
    {
        [JsonPropertyName("noise_scale")]
        public float? NoiseScale { get; set; }

        [JsonPropertyName("length_scale")]
        public float? LengthScale { get; set; }

        [JsonPropertyName("noise_w")]
        public float? NoiseW { get; set; }
    }
}
