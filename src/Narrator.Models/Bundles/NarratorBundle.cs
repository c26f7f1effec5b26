namespace Narrator.Models.Bundles;

/// <summary>
/// A loaded Narrator bundle: its manifest and its three models, each checked against the manifest
/// (names, element types, ranks, mel and embedding sizes) and the phoneme inventory checked against
/// the frontend's. The speaker encoder's session is created (and checked) when it is first used:
/// speaking needs only the acoustic model and the vocoder.
/// </summary>
public sealed class NarratorBundle : IDisposable
{
    private readonly ModelSession[] _sessions;
    private readonly Lazy<ModelSession> _encoderSession;
    private readonly WeightOverrides? _acousticWeights;
    private bool _disposed;

    private NarratorBundle(string folder, BundleManifest manifest, ModelSession[] sessions, WeightOverrides? acousticWeights, ModelShape shape, ExecutionOptions? options)
    {
        Folder = folder;
        _acousticWeights = acousticWeights;
        Manifest = manifest;
        _sessions = sessions;
        _encoderSession = new Lazy<ModelSession>(() => LoadEncoder(manifest, folder, options), LazyThreadSafetyMode.ExecutionAndPublication);
        Encoder = new SpeakerEncoder(_encoderSession, manifest.Encoder.Id, manifest.Encoder.EmbeddingSize, FeatureMels(manifest));
        Acoustic = new AcousticModel(sessions[0], manifest.Mel.NMels, manifest.Encoder.EmbeddingSize, manifest.Phonemes.PadId, shape.ProsodyControls, shape.AcousticPitch);
        Vocoder = new Vocoder(sessions[1], manifest.Mel.NMels, manifest.Mel.Hop, shape.VocoderPitch);
        MelContrast = new MelContrast(manifest.Inference.MelContrast.Time, manifest.Inference.MelContrast.Frequency, (float)Math.Log(manifest.Mel.ClampMin));
    }

    /// <summary>The bundle's folder, full path.</summary>
    public string Folder { get; }

    /// <summary>Its <c>model.json</c>, checked.</summary>
    public BundleManifest Manifest { get; }

    /// <summary>The speaker encoder (its session is created on first use).</summary>
    public SpeakerEncoder Encoder { get; }

    /// <summary>The acoustic model session.</summary>
    public AcousticModel Acoustic { get; }

    /// <summary>The vocoder session.</summary>
    public Vocoder Vocoder { get; }

    /// <summary>The post-filter the bundle asks for between <see cref="Acoustic"/> and <see cref="Vocoder"/> (<c>inference.melContrast</c>).</summary>
    public MelContrast MelContrast { get; }

    /// <summary>The provider of the acoustic model, which does most of the work.</summary>
    public string ExecutionProvider => _sessions[0].ExecutionProvider;

    /// <summary>Providers tried when the acoustic model loaded, in order, with the reason of each failure.</summary>
    public IReadOnlyList<ProviderAttempt> ProviderAttempts => _sessions[0].Attempts;

    /// <summary>Loads the bundle in <paramref name="folder"/>; <paramref name="inventory"/> is the frontend's symbol list, which the bundle's must equal.</summary>
    /// <param name="acousticWeights">An adaptation's tensors over the acoustic model's (see <see cref="WeightOverrides"/>); the bundle then owns and disposes them.</param>
    /// <param name="folder">The bundle folder, with <c>model.json</c>.</param>
    /// <param name="inventory">The frontend's symbols in id order (<c>PhonemeInventory.Lexicon.Symbols</c>).</param>
    /// <param name="options">Device and provider options. Default <see cref="ExecutionOptions.Default"/>.</param>
    /// <exception cref="ModelException">The manifest or a model file is missing or invalid, the inventories differ, or a model's inputs and outputs do not match the contract; the message names the file and the tensor.</exception>
    public static NarratorBundle FromDirectory(string folder, IReadOnlyList<string> inventory, ExecutionOptions? options = null, WeightOverrides? acousticWeights = null)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var full = Path.GetFullPath(folder);
        var sessions = new List<ModelSession>();
        try
        {
            var manifest = BundleManifestReader.Read(full);
            CheckInventory(manifest, inventory, full);
            sessions.Add(OnnxSessionFactory.Create(Path.Combine(full, manifest.Acoustic.File), options, acousticWeights));
            sessions.Add(OnnxSessionFactory.Create(Path.Combine(full, manifest.Vocoder.File), options));
            var shape = CheckContracts(manifest, sessions, full);
            return new NarratorBundle(full, manifest, [.. sessions], acousticWeights, shape, options);
        }
        catch
        {
            sessions.ForEach(s => s.Dispose());
            acousticWeights?.Dispose();
            throw;
        }
    }

    /// <summary>Releases the model sessions (and any weight overrides the bundle owns).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var session in _sessions)
        {
            session.Dispose();
        }

        if (_encoderSession.IsValueCreated)
        {
            _encoderSession.Value.Dispose();
        }

        _acousticWeights?.Dispose();
    }

    private static int FeatureMels(BundleManifest manifest) =>
        manifest.Encoder.Features.TryGetProperty("nMels", out var mels) ? mels.GetInt32() : 0;

    private static void CheckInventory(BundleManifest manifest, IReadOnlyList<string> inventory, string folder)
    {
        var symbols = manifest.Phonemes.Symbols;
        if (symbols.SequenceEqual(inventory, StringComparer.Ordinal))
        {
            return;
        }

        var first = Enumerable.Range(0, Math.Min(symbols.Count, inventory.Count)).FirstOrDefault(i => symbols[i] != inventory[i], Math.Min(symbols.Count, inventory.Count));
        throw new ModelException(
            $"{folder}/model.json: the phoneme inventory ({symbols.Count} symbols) differs from this version of Narrator's ({inventory.Count}) from id {first} on. " +
            "The bundle was trained with another frontend: re-export it with the current 'narrator text ids --inventory'.");
    }

    /// <summary>Checks the acoustic model and the vocoder against the manifest and each other; returns the optional tensors they have.</summary>
    private static ModelShape CheckContracts(BundleManifest m, List<ModelSession> sessions, string folder)
    {
        var errors = new List<string>();
        var shape = new ModelShape(
            AcousticModel.HasProsodyInputs(sessions[0].Session.InputMetadata.Keys),
            AcousticModel.HasPitchOutput(sessions[0].Session.OutputMetadata.Keys),
            Vocoder.HasPitchInput(sessions[1].Session.InputMetadata.Keys));
        Check(sessions[0], AcousticModel.Inputs(m.Encoder.EmbeddingSize, shape.ProsodyControls), AcousticModel.Outputs(m.Mel.NMels, shape.AcousticPitch), errors);
        Check(sessions[1], Vocoder.Inputs(m.Mel.NMels, shape.VocoderPitch), Vocoder.Outputs(), errors);
        if (shape.VocoderPitch && !shape.AcousticPitch)
        {
            errors.Add($"{m.Vocoder.File} takes the pitch of every frame (input '{Vocoder.PitchInput}') and {m.Acoustic.File} gives none (no output '{AcousticModel.PitchOutput}'): export both from one training, or use a vocoder of the mel alone");
        }

        ThrowIfAny(errors, folder);
        return shape;
    }

    /// <summary>The optional tensors of a bundle's models: prosody control inputs, the predicted pitch, the vocoder's pitch input.</summary>
    private readonly record struct ModelShape(bool ProsodyControls, bool AcousticPitch, bool VocoderPitch);

    private static ModelSession LoadEncoder(BundleManifest m, string folder, ExecutionOptions? options)
    {
        var session = OnnxSessionFactory.Create(Path.Combine(folder, m.Encoder.File), options);
        try
        {
            var errors = new List<string>();
            Check(session, SpeakerEncoder.Inputs(FeatureMels(m)), SpeakerEncoder.Outputs(m.Encoder.EmbeddingSize), errors);
            ThrowIfAny(errors, folder);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private static void Check(ModelSession session, IEnumerable<TensorExpectation> inputs, IEnumerable<TensorExpectation> outputs, List<string> errors)
    {
        var before = errors.Count;
        TensorExpectation.Check(session.Session.InputMetadata, "input", inputs, errors);
        TensorExpectation.Check(session.Session.OutputMetadata, "output", outputs, errors);
        for (var i = before; i < errors.Count; i++)
        {
            errors[i] = $"{Path.GetFileName(session.ModelPath)} {errors[i]}";
        }
    }

    private static void ThrowIfAny(List<string> errors, string folder)
    {
        if (errors.Count > 0)
        {
            throw new ModelException($"{folder}: the ONNX files do not match model.json: {string.Join("; ", errors)}.");
        }
    }
}
