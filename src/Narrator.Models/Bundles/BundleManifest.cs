using System.Text.Json;

namespace Narrator.Models.Bundles;

/// <summary>The content of a bundle's <c>model.json</c> (docs/bundle-format.md).</summary>
public sealed class BundleManifest
{
    /// <summary>Reads and checks the <c>model.json</c> of the bundle in <paramref name="folder"/> without loading its models.</summary>
    public static BundleManifest Read(string folder) => BundleManifestReader.Read(folder);

    public string Format { get; set; } = string.Empty;

    public int Version { get; set; }

    public string Name { get; set; } = string.Empty;

    public int SampleRate { get; set; }

    public MelSection Mel { get; set; } = new();

    public EncoderSection Encoder { get; set; } = new();

    public ModelFileSection Acoustic { get; set; } = new();

    public ModelFileSection Vocoder { get; set; } = new();

    public PhonemeSection Phonemes { get; set; } = new();

    public List<BundleSpeaker> Speakers { get; set; } = [];

    public string? DefaultSpeaker { get; set; }

    public InferenceSection Inference { get; set; } = new();

    public string? Licence { get; set; }

    public JsonElement? Provenance { get; set; }

    public sealed class MelSection
    {
        public int NMels { get; set; }

        public int Hop { get; set; }

        /// <summary>Highest mel band edge in Hz; at most half the sample rate.</summary>
        public double? Fmax { get; set; }
    }

    public sealed class EncoderSection
    {
        public string File { get; set; } = string.Empty;

        public string Id { get; set; } = string.Empty;

        public int EmbeddingSize { get; set; }

        /// <summary>The feature recipe, read by <c>Narrator.Audio.Features.LogMelParameters</c>.</summary>
        public JsonElement Features { get; set; }

        public double MinSpeechSeconds { get; set; } = 1.0;
    }

    public sealed class ModelFileSection
    {
        public string File { get; set; } = string.Empty;
    }

    public sealed class PhonemeSection
    {
        public string Phonemizer { get; set; } = string.Empty;

        public List<string> Symbols { get; set; } = [];

        public long PadId { get; set; }

        public long BosId { get; set; } = 1;

        public long EosId { get; set; } = 2;
    }

    public sealed class InferenceSection
    {
        public float LengthScale { get; set; } = 1f;
    }
}
