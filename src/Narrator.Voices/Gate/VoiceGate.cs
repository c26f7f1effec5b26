using Narrator.Core;
using Narrator.Models.Bundles;
using Narrator.Synthesis.Voices;
using Narrator.Voices.Embeddings;

namespace Narrator.Voices;

/// <summary>
/// The one place a voice is resolved and loaded, for every caller (CLI, book renderer, an embedding
/// application). Stock and Piper voices load as they are; a voice made from a person's recordings (an
/// enrolled voice, or a zero-shot clone of references or an embedding) is handed out only after its
/// consent verifies for the declared use and publisher, and otherwise refused with a
/// <see cref="ConsentRefusedException"/>.
/// </summary>
public sealed class VoiceGate
{
    /// <summary>The one use a zero-shot clone may serve: it is a quick likeness, not the person's voice.</summary>
    public const string PreviewUse = "preview";

    private readonly VoiceGateOptions _options;

    private VoiceGate(VoiceGateOptions options) => _options = options;

    /// <summary>A gate with <paramref name="options"/> (default folders and execution when null).</summary>
    public static VoiceGate Create(VoiceGateOptions? options = null) => new(options ?? new VoiceGateOptions());

    /// <summary>The user's voice store the gate reads.</summary>
    public VoiceStore Store => VoiceStore.At(_options.StoreFolder);

    /// <summary>Finds the voice <paramref name="voice"/> names, as <c>--voice</c> does (enrolled ids included); null for the default stock voice.</summary>
    public VoiceReference Resolve(string? voice) => VoiceResolver.Resolve(voice, _options.StockFolder, _options.StoreFolder);

    /// <param name="today">The day consent expiry is checked against. [default: today, local time]</param>
    /// <summary>Loads the voice <paramref name="request"/> names, after checking consent for its publisher and use when it was made from a person's recordings.</summary>
    /// <param name="request">The voice and the publisher and use the synthesis declares.</param>
    /// <exception cref="ConsentRefusedException">Consent is missing, expired, revoked, out of scope or does not verify.</exception>
    public IVoice Open(VoiceRequest request, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reference = Resolve(request.Voice);
        if (reference.Kind == VoiceKind.Enrolled)
        {
            return request.Clones || request.Speaker is not null || request.ConsentRecording is not null
                ? throw new NarratorException($"--voice {reference.Name} is an enrolled voice: it speaks with its own embedding and consent, so --reference, --embedding, --speaker and --consent do not apply.")
                : OpenEnrolled(reference.Name, request, today ?? DateOnly.FromDateTime(DateTime.Now));
        }

        if (!request.Clones)
        {
            return request.ConsentRecording is null
                ? VoiceLoader.Load(reference, _options.Execution, request.Speaker)
                : throw new NarratorException("--consent goes with --reference or --embedding: a stock or Piper voice needs no consent recording.");
        }

        if (reference.Kind != VoiceKind.NarratorBundle)
        {
            throw new NarratorException($"{reference.Path}: a Piper voice cannot clone a speaker from recordings or embeddings; use a Narrator bundle.");
        }

        return request.Speaker is null
            ? OpenClone(reference, request)
            : throw new NarratorException("--speaker chooses a stock speaker; a clone speaks as the person in --reference or --embedding.");
    }

    /// <summary>
    /// Checks, without loading it, that the voice of <paramref name="request"/> may speak for its use and
    /// publisher: for a caller that keeps voices loaded (a server) and so asks again on every use.
    /// A clone cannot be checked this way; open it with <see cref="Open"/>.
    /// </summary>
    /// <exception cref="ConsentRefusedException">An enrolled voice whose consent does not cover the request.</exception>
    public VoiceReference Authorize(VoiceRequest request, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Clones)
        {
            throw new NarratorException("A zero-shot clone is checked when it is opened: use VoiceGate.Open.");
        }

        var reference = Resolve(request.Voice);
        if (reference.Kind == VoiceKind.Enrolled)
        {
            var store = Store;
            ConsentPolicy.Check(store, store.Get(reference.Name), request.Use, request.Publisher, today ?? DateOnly.FromDateTime(DateTime.Now));
        }

        return reference;
    }

    private ConsentedVoice OpenEnrolled(string id, VoiceRequest request, DateOnly today)
    {
        var store = Store;
        var record = store.Get(id);
        ConsentPolicy.Check(store, record, request.Use, request.Publisher, today);
        if (!Directory.Exists(record.Bundle.Path))
        {
            throw new VoiceException($"Voice '{record.Id}' runs on the bundle {record.Bundle.Path}, which no longer exists; enroll the voice again with an installed bundle.");
        }

        // A bundle may be updated under an enrolled voice (better acoustic model or vocoder); only a
        // new encoder makes the stored embedding meaningless.
        var encoder = BundleManifest.Read(record.Bundle.Path).Encoder.Id;
        if (record.Embedding.EncoderId != encoder)
        {
            throw new VoiceException($"Voice '{record.Id}' was enrolled with speaker encoder '{record.Embedding.EncoderId}', but {record.Bundle.Path} now has '{encoder}', so its embedding no longer describes the speaker; enroll the voice again (its references are in {Path.Combine(store.PathOf(record.Id), VoiceRecord.ReferencesFolder)}).");
        }

        var voice = BundleVoice.LoadWithEmbedding(record.Bundle.Path, _options.Execution, record.Embedding.EncoderId, [.. record.Embedding.Vector], record.Id, AdaptedWeights(store, record));
        return new ConsentedVoice(voice, record.Id, new ConsentGrant(record.Consent!.Id, request.Publisher, request.Use, Sha256Hex.Text(System.Text.Json.JsonSerializer.Serialize(record.Consent, VoiceRecord.Json))));
    }

    // The adapted tensors replace weights of one particular acoustic model; over another they would be noise.
    private static string? AdaptedWeights(VoiceStore store, VoiceRecord record)
    {
        if (record.Adaptation is not { } adaptation)
        {
            return null;
        }

        return VoiceTrainer.AcousticSha256(record.Bundle.Path) == adaptation.BaseAcousticSha256
            ? Path.Combine(store.PathOf(record.Id), adaptation.File)
            : throw new VoiceException($"Voice '{record.Id}' was adapted on another acoustic model than the one {record.Bundle.Path} has now; adapt it again with 'narrator voice train {record.Id} --restart'.");
    }

    private ConsentedVoice OpenClone(VoiceReference bundle, VoiceRequest request)
    {
        if (!string.Equals(request.Use, PreviewUse, StringComparison.OrdinalIgnoreCase))
        {
            throw new ConsentRefusedException($"A zero-shot clone (--reference or --embedding) is a preview, not for '{request.Use}': enroll the person's voice with their consent ('narrator voice enroll') to use it for {request.Use}.");
        }

        if (request.ConsentRecording is null || string.IsNullOrWhiteSpace(request.ConsentStatement))
        {
            throw new ConsentRefusedException("Cloning a person's voice from --reference or --embedding needs their consent: add --consent with a recording of the same person reading the statement in --consent-text (see 'narrator voice consent-text'), or enroll the voice with 'narrator voice enroll'.");
        }

        request.Thresholds.Validate();
        using var embedder = BundleEmbedder.FromDirectory(bundle.Path, _options.Execution);
        var speaker = request.EmbeddingFile is { } file ? LoadEmbedding(file, embedder.EncoderId) : Embed(embedder, request.References);
        var evidence = new ConsentVerifier(embedder, _options.ReadAudio, _options.Recognizer)
            .Verify(request.ConsentRecording, request.ConsentStatement, speaker, request.Thresholds, request.UnverifiedStatement);
        if (evidence.Statement == StatementCheck.Unverified)
        {
            throw new ConsentRefusedException($"{request.ConsentRecording}: the consent statement could not be checked ({evidence.StatementDetail}).");
        }

        var name = request.EmbeddingFile is null ? "clone" : Path.GetFileNameWithoutExtension(request.EmbeddingFile);
        var voice = embedder.SpeakAs(speaker, name);
        var recordingHash = Sha256Hex.File(request.ConsentRecording);
        return new ConsentedVoice(voice, voice.Name, new ConsentGrant("preview-" + recordingHash[..16], request.Publisher, request.Use, recordingHash));
    }

    private SpeakerEmbedding Embed(BundleEmbedder embedder, IReadOnlyList<string> references) =>
        SpeakerEmbedding.Average(references.Select(path => SyntheticSpeech.EmbedRecorded(path, _options.ReadAudio, embedder)).ToList());

    private static SpeakerEmbedding LoadEmbedding(string file, string encoderId)
    {
        var embedding = SpeakerEmbedding.Load(file);
        return embedding.EncoderId == encoderId
            ? embedding
            : throw new NarratorException($"{file}: made by encoder '{embedding.EncoderId}'; this bundle's is '{encoderId}'. Make it again with 'narrator embed' and this bundle.");
    }
}
