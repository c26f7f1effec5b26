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

    private PiperSpeaker(PiperVoice model, IPhonemizer phonemizer, string fingerprint)
    {
        _model = model;
        Phonemizer = phonemizer;
        Fingerprint = fingerprint;
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

    public IReadOnlyDictionary<string, int> UnknownSymbols => _unknownSymbols;

    public static PiperSpeaker Load(string onnxPath, ExecutionOptions execution)
    {
        var model = PiperVoice.FromFile(onnxPath, execution);
        try
        {
            return new PiperSpeaker(model, PhonemizerFor(model.Config), FileFingerprint.Of(model.ModelPath, model.Config.ConfigPath));
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

    private static PiperSynthesisSettings ModelSettings(VoiceSettings settings) => new()
    {
        Speed = settings.Speed,
        NoiseScale = settings.NoiseScale,
        NoiseW = settings.NoiseW,
        SpeakerId = settings.SpeakerId,
    };

    private static IPhonemizer PhonemizerFor(PiperVoiceConfig config) => config.PhonemeType switch
    {
        "espeak" => EspeakPhonemizer.Create(config.EspeakVoice ?? "en-us"),
        _ => throw new NarratorException(
            $"{config.ConfigPath}: phoneme_type '{config.PhonemeType}' is not supported; Narrator runs Piper voices with espeak phonemes."),
    };
}
