using System.Globalization;
using Narrator.Core;
using Narrator.Models;
using Narrator.Models.Bundles;
using Narrator.Phonemes;
using Narrator.Synthesis.Embeddings;

namespace Narrator.Synthesis.Voices;

/// <summary>A Narrator bundle speaking as one speaker: phonemes → acoustic model (with the speaker's embedding) → vocoder.</summary>
internal sealed class BundleVoice : IVoice
{
    private readonly NarratorBundle _bundle;
    private readonly SpeakerEmbedding _speaker;

    private BundleVoice(NarratorBundle bundle, SpeakerEmbedding speaker, string speakerName, string fingerprint)
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

    public IReadOnlyDictionary<string, int> UnknownSymbols { get; } = new Dictionary<string, int>();

    public NarratorBundle Bundle => _bundle;

    public static BundleVoice Load(string folder, ExecutionOptions execution, VoiceSelection selection)
    {
        var bundle = NarratorBundle.FromDirectory(folder, PhonemeInventory.Lexicon.Symbols, execution);
        try
        {
            var (speaker, name) = Speaker(bundle, selection);
            var files = new[] { "model.json", bundle.Manifest.Encoder.File, bundle.Manifest.Acoustic.File, bundle.Manifest.Vocoder.File }
                .Select(f => Path.Combine(bundle.Folder, f)).ToArray();
            var fingerprint = Sha256Hex.Files(files) + ":" + string.Join(',', speaker.Vector.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            return new BundleVoice(bundle, speaker, name, Sha256Hex.Text(fingerprint));
        }
        catch
        {
            bundle.Dispose();
            throw;
        }
    }

    public float[] Speak(PhonemeString phonemes, VoiceSettings settings) => SpeakBatch([phonemes], settings)[0];

    public IReadOnlyList<float[]> SpeakBatch(IReadOnlyList<PhonemeString> phonemes, VoiceSettings settings)
    {
        var ids = phonemes.Select(PhonemeInventory.Lexicon.ToIds).ToList();
        var lengthScale = _bundle.Manifest.Inference.LengthScale / settings.Speed;
        var mels = _bundle.Acoustic.Synthesize(ids, _speaker.Vector, lengthScale);
        return mels.Select(_bundle.Vocoder.Decode).ToList();
    }

    public void Dispose() => _bundle.Dispose();

    private static (SpeakerEmbedding Embedding, string Name) Speaker(NarratorBundle bundle, VoiceSelection selection)
    {
        var encoder = bundle.Manifest.Encoder.Id;
        if (selection.EmbeddingFile is { } file)
        {
            var loaded = SpeakerEmbedding.Load(file);
            return loaded.EncoderId == encoder && loaded.Vector.Length == bundle.Encoder.EmbeddingSize
                ? (loaded, Path.GetFileNameWithoutExtension(file))
                : throw new NarratorException($"{file}: made by encoder '{loaded.EncoderId}' ({loaded.Vector.Length} values); {bundle.Folder} needs '{encoder}' ({bundle.Encoder.EmbeddingSize} values). Make it again with 'narrator embed --voice {bundle.Folder}'.");
        }

        if (selection.References.Count > 0)
        {
            var embedding = new EmbeddingExtractor(bundle, selection.ReadAudio).Embed(selection.References);
            return (embedding, "clone");
        }

        var speakers = bundle.Manifest.Speakers;
        var wanted = selection.Speaker ?? bundle.Manifest.DefaultSpeaker ?? speakers.FirstOrDefault()?.Name;
        var match = speakers.FirstOrDefault(s => string.Equals(s.Name, wanted, StringComparison.OrdinalIgnoreCase))
            ?? (int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < speakers.Count ? speakers[index] : null);
        return match is not null
            ? (new SpeakerEmbedding(encoder, match.Embedding), match.Name)
            : throw new NarratorException(speakers.Count == 0
                ? $"{bundle.Folder} has no stock speakers: give --reference recordings or an --embedding."
                : $"{bundle.Folder} has no speaker '{wanted}'; its speakers are {string.Join(", ", speakers.Select(s => s.Name))}.");
    }
}
