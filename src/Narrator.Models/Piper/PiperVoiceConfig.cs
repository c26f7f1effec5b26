using System.Text.Json;

namespace Narrator.Models.Piper;

/// <summary>A Piper voice's <c>.onnx.json</c>: audio format, phonemizer, symbol ids, speakers, inference defaults.</summary>
public sealed class PiperVoiceConfig
{
    /// <summary>Piper's padding symbol, "_".</summary>
    public const string Pad = "_";
    /// <summary>Piper's beginning-of-utterance symbol, "^".</summary>
    public const string Bos = "^";
    /// <summary>Piper's end-of-utterance symbol, "$".</summary>
    public const string Eos = "$";

    internal PiperVoiceConfig()
    {
    }

    /// <summary>Full path of the file it was read from (or the name given to <see cref="Parse"/>).</summary>
    public required string ConfigPath { get; init; }

    /// <summary>Rate of the model's audio, in Hz (<c>audio.sample_rate</c>).</summary>
    public required int SampleRate { get; init; }

    /// <summary><c>audio.quality</c> (x_low, low, medium, high) when given.</summary>
    public string? Quality { get; init; }

    /// <summary>"espeak" (the default) or "text".</summary>
    public required string PhonemeType { get; init; }

    /// <summary>espeak-ng voice name, e.g. "en-us"; null when the phoneme type is not espeak.</summary>
    public string? EspeakVoice { get; init; }

    /// <summary>Size of the model's symbol table: every id must be below it.</summary>
    public required int NumSymbols { get; init; }

    /// <summary>Speakers of the model (<c>num_speakers</c>); 1 for a single-speaker voice.</summary>
    public required int NumSpeakers { get; init; }

    /// <summary>Speaker name → speaker id (empty for single-speaker voices).</summary>
    public required IReadOnlyDictionary<string, int> SpeakerIdMap { get; init; }

    /// <summary>Phoneme symbol → ids, as Piper's phonemizer emits them.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<long>> PhonemeIdMap { get; init; }

    /// <summary>Default noise scale (<c>inference.noise_scale</c>, 0.667 when absent).</summary>
    public required float NoiseScale { get; init; }

    /// <summary>Default length scale (<c>inference.length_scale</c>, 1 when absent); larger is slower.</summary>
    public required float LengthScale { get; init; }

    /// <summary>Default duration noise (<c>inference.noise_w</c>, 0.8 when absent).</summary>
    public required float NoiseW { get; init; }

    /// <summary>The Piper version that exported the voice (<c>piper_version</c>), when stated.</summary>
    public string? PiperVersion { get; init; }

    /// <summary><c>language.code</c>, e.g. "en_US", when given.</summary>
    public string? LanguageCode { get; init; }

    /// <summary>The dataset the voice was trained on (<c>dataset</c>), when stated.</summary>
    public string? Dataset { get; init; }

    /// <summary>The id written between phonemes and used to pad batches (first id of "_").</summary>
    public long PadId => PhonemeIdMap[Pad][0];

    /// <summary>Reads and validates a config file; <see cref="ModelException"/> naming the file on any problem.</summary>
    public static PiperVoiceConfig FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
            throw new ModelException($"Piper voice config not found: {fullPath}. A Piper voice needs its .onnx.json beside the .onnx file.");
        string json;
        try
        {
            json = File.ReadAllText(fullPath);
        }
        catch (IOException e)
        {
            throw new ModelException($"Cannot read Piper voice config {fullPath}: {e.Message}", e);
        }

        return Parse(json, fullPath);
    }

    /// <summary>Parses and validates config JSON; <paramref name="sourceName"/> names it in errors.</summary>
    public static PiperVoiceConfig Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        PiperConfigJson? raw;
        try
        {
            raw = JsonSerializer.Deserialize<PiperConfigJson>(json);
        }
        catch (JsonException e)
        {
            throw new ModelException($"Piper voice config {sourceName} is not valid JSON (line {e.LineNumber + 1}, {e.Path}): {OnnxSessionFactory.OneLine(e.Message)}", e);
        }

        if (raw is null)
            throw new ModelException($"Piper voice config {sourceName} is empty (null).");
        return PiperConfigReader.Read(raw, sourceName);
    }

    /// <summary>Piper's mapping: BOS, pad, then each symbol's ids followed by pad, then EOS. Unknown symbols are skipped and counted.</summary>
    public PiperPhonemeIds PhonemesToIds(IReadOnlyList<string> symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var pad = PhonemeIdMap[Pad];
        var ids = new List<long>(symbols.Count * 2 + 3);
        var missing = new Dictionary<string, int>(StringComparer.Ordinal);
        ids.AddRange(PhonemeIdMap[Bos]);
        ids.AddRange(pad);
        foreach (var symbol in symbols)
        {
            if (PhonemeIdMap.TryGetValue(symbol, out var symbolIds))
            {
                ids.AddRange(symbolIds);
                ids.AddRange(pad);
            }
            else
            {
                missing[symbol] = missing.GetValueOrDefault(symbol) + 1;
            }
        }

        ids.AddRange(PhonemeIdMap[Eos]);
        return new PiperPhonemeIds(ids, missing);
    }
}
