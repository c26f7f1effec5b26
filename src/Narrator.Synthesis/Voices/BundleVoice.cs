using System.Globalization;
using Narrator.Core;
using Narrator.Models;
using Narrator.Models.Bundles;
using Narrator.Phonemes;

namespace Narrator.Synthesis.Voices;

/// <summary>A Narrator bundle speaking as one speaker: phonemes → acoustic model (with the speaker's embedding) → vocoder.</summary>
internal sealed class BundleVoice : IVoice
{
    private readonly NarratorBundle _bundle;
    private readonly float[] _speaker;

    private BundleVoice(NarratorBundle bundle, float[] speaker, string speakerName, string fingerprint)
    {
        _bundle = bundle;
        _speaker = speaker;
        Name = $"{bundle.Manifest.Name}/{speakerName}";
        Fingerprint = fingerprint;
    }

    public string Name { get; }

    public int SampleRate => _bundle.Manifest.SampleRate;

    public string Fingerprint { get; }

    public string ExecutionProvider => _bundle.ExecutionProvider;

    public string? FallbackReason => _bundle.ProviderAttempts.Where(a => !a.Succeeded).Select(a => $"{a.Provider} unavailable: {a.Failure}").FirstOrDefault();

    public IPhonemizer Phonemizer { get; } = LexiconPhonemizer.CreateDefault();

    public bool HasProsodyControls => _bundle.Acoustic.HasProsodyControls;

    public IReadOnlyDictionary<string, int> UnknownSymbols { get; } = new Dictionary<string, int>();

    public NarratorBundle Bundle => _bundle;

    /// <summary>The bundle speaking as one of its stock speakers (by name or index; null for the default).</summary>
    public static BundleVoice Load(string folder, ExecutionOptions execution, string? speaker) =>
        Open(folder, execution, null, bundle => StockSpeaker(bundle, speaker));

    /// <summary>
    /// The bundle speaking with any embedding: only the consent gate (Narrator.Voices) calls this,
    /// after the person's consent has verified, so that no public API clones a voice without it.
    /// <paramref name="adaptedWeights"/> is an adapted voice's safetensors file over the acoustic model.
    /// </summary>
    internal static BundleVoice LoadWithEmbedding(string folder, ExecutionOptions execution, string encoderId, float[] embedding, string name, string? adaptedWeights = null) =>
        Open(folder, execution, adaptedWeights, bundle => encoderId == bundle.Manifest.Encoder.Id && embedding.Length == bundle.Encoder.EmbeddingSize
            ? (embedding, name)
            : throw new NarratorException($"{name}: the embedding was made by encoder '{encoderId}' ({embedding.Length} values); {bundle.Folder} needs '{bundle.Manifest.Encoder.Id}' ({bundle.Encoder.EmbeddingSize} values). Make it again with this bundle."));

    public float[] Speak(PhonemeString phonemes, VoiceSettings settings) => SpeakBatch([phonemes], settings)[0];

    public IReadOnlyList<float[]> SpeakBatch(IReadOnlyList<PhonemeString> phonemes, VoiceSettings settings)
    {
        settings.CheckSupportedBy(this);
        var ids = phonemes.Select(PhonemeInventory.Lexicon.ToIds).ToList();
        var lengthScale = _bundle.Manifest.Inference.LengthScale / settings.Speed;
        var mels = _bundle.Acoustic.Synthesize(ids, _speaker, lengthScale, settings.Pitch, settings.Energy);
        return mels.Select(mel => _bundle.Vocoder.Decode(_bundle.MelContrast.Apply(mel))).ToList();
    }

    public void Dispose() => _bundle.Dispose();

    /// <summary>
    /// An already loaded bundle (the consent gate's, after it embedded and checked the references)
    /// speaking with <paramref name="embedding"/>; the voice owns the bundle from here on.
    /// </summary>
    internal static BundleVoice WithEmbedding(NarratorBundle bundle, float[] embedding, string name) =>
        Wrap(bundle, null, _ => (embedding, name));

    private static BundleVoice Open(string folder, ExecutionOptions execution, string? adaptedWeights, Func<NarratorBundle, (float[] Embedding, string Name)> speaker)
    {
        using var weights = adaptedWeights is null ? null : WeightOverrides.FromFile(adaptedWeights);
        return Wrap(NarratorBundle.FromDirectory(folder, PhonemeInventory.Lexicon.Symbols, execution, weights), adaptedWeights, speaker);
    }

    private static BundleVoice Wrap(NarratorBundle bundle, string? adaptedWeights, Func<NarratorBundle, (float[] Embedding, string Name)> speaker)
    {
        try
        {
            var (embedding, name) = speaker(bundle);
            var files = new[] { "model.json", bundle.Manifest.Encoder.File, bundle.Manifest.Acoustic.File, bundle.Manifest.Vocoder.File }
                .Select(f => Path.Combine(bundle.Folder, f)).Concat(adaptedWeights is null ? [] : [adaptedWeights]).ToArray();
            var fingerprint = Sha256Hex.Files(files) + ":" + string.Join(',', embedding.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            return new BundleVoice(bundle, embedding, name, Sha256Hex.Text(fingerprint));
        }
        catch
        {
            bundle.Dispose();
            throw;
        }
    }

    private static (float[] Embedding, string Name) StockSpeaker(NarratorBundle bundle, string? speaker)
    {
        var speakers = bundle.Manifest.Speakers;
        var wanted = speaker ?? bundle.Manifest.DefaultSpeaker ?? speakers.FirstOrDefault()?.Name;
        var match = speakers.FirstOrDefault(s => string.Equals(s.Name, wanted, StringComparison.OrdinalIgnoreCase))
            ?? (int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < speakers.Count ? speakers[index] : null);
        return match is not null
            ? (match.Embedding, match.Name)
            : throw new NarratorException(speakers.Count == 0
                ? $"{bundle.Folder} has no stock speakers: it speaks only as an enrolled voice, or as a clone with consent (--reference or --embedding with --consent)."
                : $"{bundle.Folder} has no speaker '{wanted}'; its speakers are {string.Join(", ", speakers.Select(s => s.Name))}.");
    }
}
