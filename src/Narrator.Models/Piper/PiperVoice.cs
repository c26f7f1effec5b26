using Microsoft.ML.OnnxRuntime;
using Narrator.Core;
using Narrator.Models.Onnx;

namespace Narrator.Models.Piper;

/// <summary>
/// A Piper (VITS) voice: an ONNX model and its <c>.onnx.json</c>, checked against each other at load.
/// Turns phoneme symbols into ids and ids into float samples in [-1, 1] at <see cref="SampleRate"/>.
/// Thread-safe for synthesis; dispose once, after all calls.
/// </summary>
public sealed class PiperVoice : IDisposable
{
    /// <summary>Batch rows are trimmed of trailing samples at or below this magnitude (-80 dBFS).</summary>
    public const float BatchTrimLevel = 1e-4f;

    private readonly ModelSession _session;
    private readonly bool _sidPerItem;
    private readonly bool _seeded;
    private bool _disposed;

    private PiperVoice(ModelSession session, PiperVoiceConfig config, bool sidPerItem)
    {
        _session = session;
        Config = config;
        _sidPerItem = sidPerItem;
        _seeded = session.Session.InputMetadata.ContainsKey(SeededNoiseRewrite.SeedsInput);
    }

    /// <summary>The voice's <c>.onnx.json</c>, checked against the model.</summary>
    public PiperVoiceConfig Config { get; }

    /// <summary>Rate of the audio, in Hz (from the config).</summary>
    public int SampleRate => Config.SampleRate;

    /// <summary>Full path of the .onnx file.</summary>
    public string ModelPath => _session.ModelPath;

    /// <summary>"CUDA" or "CPU": the provider that runs the model.</summary>
    public string ExecutionProvider => _session.ExecutionProvider;

    /// <summary>Providers tried at load, in order, with the reason of each failure.</summary>
    public IReadOnlyList<ProviderAttempt> ProviderAttempts => _session.Attempts;

    /// <summary>For people: "CPU", "CUDA", or "CPU (CUDA unavailable: …)".</summary>
    public string ExecutionDescription => _session.Describe();

    /// <summary>What the optimized-model cache did for this voice's session.</summary>
    internal CacheUse CacheUse => _session.CacheUse;

    /// <summary>Speakers of a multi-speaker model; 1 for a single-speaker voice.</summary>
    public int SpeakerCount => Config.NumSpeakers;

    /// <summary>
    /// Loads <paramref name="onnxPath"/> with its config at <c>onnxPath + ".json"</c>. The model's
    /// <c>RandomNormalLike</c> noise is replaced in memory by noise seeded per utterance (from its ids,
    /// scales and speaker), so the same input gives the same samples on every call, alone or batched.
    /// </summary>
    public static PiperVoice FromFile(string onnxPath, ExecutionOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(onnxPath);
        return FromFile(onnxPath, onnxPath + ".json", options);
    }

    /// <summary>Loads a voice whose config lives at <paramref name="configPath"/>.</summary>
    public static PiperVoice FromFile(string onnxPath, string configPath, ExecutionOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(onnxPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(configPath);
        var fullPath = Path.GetFullPath(onnxPath);
        if (!File.Exists(fullPath))
            throw new ModelException($"Piper voice model not found: {fullPath}.");
        var config = PiperVoiceConfig.FromFile(configPath);
        var session = OnnxSessionFactory.Create(fullPath, SeededModel(fullPath), options);
        try
        {
            var sidPerItem = PiperModelContract.Check(session.Session, config, fullPath);
            return new PiperVoice(session, config, sidPerItem);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>The model with reproducible noise, or null to load the file as it is (no noise nodes, or not a readable protobuf: ONNX Runtime then reports it).</summary>
    private static byte[]? SeededModel(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelException($"Cannot read Piper voice model {path}: {e.Message}", ErrorKind.BadInput, e);
        }

        try
        {
            return SeededNoiseRewrite.Rewrite(bytes);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Piper's id sequence for phoneme symbols (see <see cref="PiperVoiceConfig.PhonemesToIds"/>).</summary>
    public PiperPhonemeIds PhonemesToIds(IReadOnlyList<string> symbols) => Config.PhonemesToIds(symbols);

    /// <summary>Synthesizes one utterance; the whole model output, untrimmed.</summary>
    public float[] Synthesize(IReadOnlyList<long> ids, PiperSynthesisSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Run([ids], settings ?? PiperSynthesisSettings.Default, trim: false)[0];
    }

    /// <summary>
    /// Synthesizes several utterances in one model call (one speaker and one set of scales), padding
    /// ids to the longest with the pad id. Piper models return no per-item lengths, so each row is
    /// trimmed of its trailing samples at or below <see cref="BatchTrimLevel"/>: exact for models that
    /// zero the padding, a close approximation for VITS voices (whose padding decodes to near-silence).
    /// Returns one array per utterance, in order.
    /// </summary>
    public IReadOnlyList<float[]> SynthesizeBatch(IReadOnlyList<IReadOnlyList<long>> utterances, PiperSynthesisSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        return utterances.Count == 0 ? [] : Run(utterances, settings ?? PiperSynthesisSettings.Default, trim: true);
    }

    /// <summary>Releases the ONNX Runtime session.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _session.Dispose();
    }

    private float[][] Run(IReadOnlyList<IReadOnlyList<long>> utterances, PiperSynthesisSettings settings, bool trim)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var name = Path.GetFileName(ModelPath);
        var resolved = settings.Resolve(Config, name);
        PiperInputs.CheckIds(utterances, Config.NumSymbols, name);
        try
        {
            return PiperInputs.Run(_session.Session, utterances, Config.PadId, resolved, _sidPerItem, Config.NumSpeakers > 1, _seeded, trim);
        }
        catch (OnnxRuntimeException e)
        {
            throw new ModelException($"Piper voice {ModelPath} failed to run on {ExecutionProvider}: {OnnxSessionFactory.OneLine(e.Message)}", ErrorKind.Internal, e);
        }
    }
}
