using System.Collections.Concurrent;
using Narrator.Core;
using Narrator.Models;
using Narrator.Models.Piper;
using Narrator.Phonemes;

namespace Narrator.Synthesis.Voices;

/// <summary>A Piper voice with the espeak-ng phonemizer it was trained with.</summary>
internal sealed class PiperSpeaker : IVoice
{
    private readonly PiperVoice _model;
    private readonly ConcurrentDictionary<string, int> _unknownSymbols = new(StringComparer.Ordinal);

    private readonly int? _speaker;

    private PiperSpeaker(PiperVoice model, IPhonemizer phonemizer, string fingerprint, int? speaker)
    {
        _model = model;
        Phonemizer = phonemizer;
        Fingerprint = fingerprint + (speaker is { } id ? $":{id}" : string.Empty);
        _speaker = speaker;
    }

    public string Fingerprint { get; }

    public string Name => Path.GetFileNameWithoutExtension(_model.ModelPath);

    public int SampleRate => _model.SampleRate;

    public string ExecutionProvider => _model.ExecutionProvider;

    public string? FallbackReason => _model.ProviderAttempts
        .Where(a => !a.Succeeded)
        .Select(a => $"{a.Provider} unavailable: {a.Failure}")
        .FirstOrDefault();

    public IPhonemizer Phonemizer { get; }

    /// <summary>The primary subtag of the voice's language code, else of its espeak-ng voice ("en-us" → "en").</summary>
    public string Language => (_model.Config.LanguageCode ?? _model.Config.EspeakVoice ?? "en").Split('-', '_')[0].ToLowerInvariant();

    public IReadOnlyDictionary<string, int> UnknownSymbols => _unknownSymbols;

    public static PiperSpeaker Load(string onnxPath, ExecutionOptions execution, string? speaker = null)
    {
        var model = PiperVoice.FromFile(onnxPath, execution);
        try
        {
            var id = SpeakerId(model, speaker);
            return new PiperSpeaker(model, PhonemizerFor(model.Config), Sha256Hex.Files(model.ModelPath, model.Config.ConfigPath), id);
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    public float[] Speak(PhonemeString phonemes, VoiceSettings settings) =>
        _model.Synthesize(Ids(phonemes), ModelSettings(settings));

    public IReadOnlyList<float[]> SpeakBatch(IReadOnlyList<PhonemeString> phonemes, VoiceSettings settings) =>
        _model.SynthesizeBatch(phonemes.Select(Ids).ToList(), ModelSettings(settings));

    public void Dispose() => _model.Dispose();

    private IReadOnlyList<long> Ids(PhonemeString phonemes)
    {
        var ids = _model.PhonemesToIds(phonemes.Symbols);
        foreach (var (symbol, count) in ids.MissingSymbols)
        {
            _unknownSymbols.AddOrUpdate(symbol, count, (_, total) => total + count);
        }

        return ids;
    }

    private PiperSynthesisSettings ModelSettings(VoiceSettings settings)
    {
        settings.CheckSupportedBy(this);
        return new()
        {
            Speed = settings.Speed,
            NoiseScale = settings.NoiseScale,
            NoiseW = settings.NoiseW,
            SpeakerId = settings.SpeakerId ?? _speaker,
        };
    }

    /// <summary>A speaker given by number, or by name through the voice's speaker_id_map.</summary>
    private static int? SpeakerId(PiperVoice model, string? speaker)
    {
        if (speaker is null)
        {
            return null;
        }

        if (int.TryParse(speaker, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        return model.Config.SpeakerIdMap.TryGetValue(speaker, out var mapped)
            ? mapped
            : throw new NarratorException($"{model.Config.ConfigPath}: no speaker '{speaker}'; the voice has {(model.Config.SpeakerIdMap.Count == 0 ? "one speaker" : string.Join(", ", model.Config.SpeakerIdMap.Keys))}.");
    }

    private static IPhonemizer PhonemizerFor(PiperVoiceConfig config) => config.PhonemeType switch
    {
        "espeak" => EspeakPhonemizer.Create(config.EspeakVoice ?? "en-us"),
        _ => throw new NarratorException(
            $"{config.ConfigPath}: phoneme_type '{config.PhonemeType}' is not supported; Narrator runs Piper voices with espeak phonemes."),
    };
}
