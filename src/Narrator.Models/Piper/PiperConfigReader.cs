using System.Text.Json;

namespace Narrator.Models.Piper;

// Turns the raw JSON shape into a validated PiperVoiceConfig, reporting every problem at once.
internal static class PiperConfigReader
{
    private const float DefaultNoiseScale = 0.667f;
    private const float DefaultLengthScale = 1f;
    private const float DefaultNoiseW = 0.8f;

    public static PiperVoiceConfig Read(PiperConfigJson raw, string source)
    {
        var errors = new List<string>();
        var sampleRate = raw.Audio?.SampleRate ?? 0;
        if (sampleRate <= 0)
            errors.Add(raw.Audio?.SampleRate is null ? "audio.sample_rate is missing" : $"audio.sample_rate must be positive (got {sampleRate})");

        var phonemeType = raw.PhonemeType ?? "espeak";
        var espeakVoice = raw.Espeak?.Voice;
        if (phonemeType is not ("espeak" or "text"))
            errors.Add($"phoneme_type '{phonemeType}' is not supported (expected \"espeak\" or \"text\")");
        else if (phonemeType == "espeak" && string.IsNullOrWhiteSpace(espeakVoice))
            errors.Add("espeak.voice is missing (phoneme_type is \"espeak\")");

        var idMap = ReadIdMap(raw.PhonemeIdMap, errors);
        var maxId = idMap.Values.SelectMany(ids => ids).DefaultIfEmpty(-1).Max();
        var numSymbols = raw.NumSymbols ?? (int)(maxId + 1);
        if (numSymbols <= 0)
            errors.Add($"num_symbols must be positive (got {numSymbols})");
        else if (maxId >= numSymbols)
            errors.Add($"phoneme_id_map uses id {maxId} but num_symbols is {numSymbols}");

        var numSpeakers = raw.NumSpeakers ?? 1;
        var speakers = raw.SpeakerIdMap ?? new Dictionary<string, int>();
        if (numSpeakers < 1)
            errors.Add($"num_speakers must be at least 1 (got {numSpeakers})");
        foreach (var (name, id) in speakers.Where(s => s.Value < 0 || s.Value >= Math.Max(numSpeakers, 1)))
            errors.Add($"speaker_id_map['{name}'] = {id} is outside 0..{numSpeakers - 1}");

        var noiseScale = raw.Inference?.NoiseScale ?? DefaultNoiseScale;
        var lengthScale = raw.Inference?.LengthScale ?? DefaultLengthScale;
        var noiseW = raw.Inference?.NoiseW ?? DefaultNoiseW;
        if (sampleRate > 0)
            ModelValues.CheckSampleRate(errors, "audio.sample_rate", sampleRate);
        ModelValues.CheckScale(errors, "inference.noise_scale", noiseScale, 0, ModelValues.MaxNoiseScale);
        ModelValues.CheckScale(errors, "inference.length_scale", lengthScale, ModelValues.MinLengthScale, ModelValues.MaxLengthScale);
        ModelValues.CheckScale(errors, "inference.noise_w", noiseW, 0, ModelValues.MaxNoiseScale);

        if (errors.Count > 0)
            throw new ModelException($"Invalid Piper voice config {source}: {string.Join("; ", errors)}.");

        return new PiperVoiceConfig
        {
            ConfigPath = source,
            SampleRate = sampleRate,
            Quality = raw.Audio?.Quality,
            PhonemeType = phonemeType,
            EspeakVoice = phonemeType == "espeak" ? espeakVoice : null,
            NumSymbols = numSymbols,
            NumSpeakers = numSpeakers,
            SpeakerIdMap = new Dictionary<string, int>(speakers, StringComparer.Ordinal),
            PhonemeIdMap = idMap,
            NoiseScale = noiseScale,
            LengthScale = lengthScale,
            NoiseW = noiseW,
            PiperVersion = raw.PiperVersion,
            LanguageCode = LanguageCode(raw.Language),
            Dataset = raw.Dataset,
        };
    }

    private static Dictionary<string, IReadOnlyList<long>> ReadIdMap(Dictionary<string, long[]?>? raw, List<string> errors)
    {
        var map = new Dictionary<string, IReadOnlyList<long>>(StringComparer.Ordinal);
        if (raw is null || raw.Count == 0)
        {
            errors.Add("phoneme_id_map is missing or empty");
            return map;
        }

        foreach (var (symbol, ids) in raw)
        {
            if (ids is null || ids.Length == 0)
                errors.Add($"phoneme_id_map['{symbol}'] has no ids");
            else if (ids.Any(id => id < 0))
                errors.Add($"phoneme_id_map['{symbol}'] has a negative id");
            else
                map[symbol] = ids;
        }

        foreach (var (symbol, role) in new[] { (PiperVoiceConfig.Pad, "pad"), (PiperVoiceConfig.Bos, "BOS"), (PiperVoiceConfig.Eos, "EOS") })
        {
            if (!raw.ContainsKey(symbol))
                errors.Add($"phoneme_id_map lacks the {role} symbol '{symbol}'");
        }

        return map;
    }

    private static string? LanguageCode(JsonElement language) => language.ValueKind switch
    {
        JsonValueKind.String => language.GetString(),
        JsonValueKind.Object when language.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String => code.GetString(),
        _ => null,
    };
}
