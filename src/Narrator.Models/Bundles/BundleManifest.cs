using System.Text.Json;

namespace Narrator.Models.Bundles;

/// <summary>The content of a bundle's <c>model.json</c> (docs/bundle-format.md).</summary>
public sealed class BundleManifest
{
    /// <summary>Reads and checks the <c>model.json</c> of the bundle in <paramref name="folder"/> without loading its models.</summary>
    public static BundleManifest Read(string folder) => BundleManifestReader.Read(folder);

    /// <summary>Must be "narrator-bundle".</summary>
    public string Format { get; set; } = string.Empty;

    /// <summary>The format version; 1 is the only one.</summary>
    public int Version { get; set; }

    /// <summary>The bundle's name, as voices report it ("narrator-default").</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Rate of the vocoder's audio, in Hz.</summary>
    public int SampleRate { get; set; }

    /// <summary>The mel spectrogram shared by the acoustic model and the vocoder.</summary>
    public MelSection Mel { get; set; } = new();

    /// <summary>The speaker encoder: its file, id, embedding size and feature recipe.</summary>
    public EncoderSection Encoder { get; set; } = new();

    /// <summary>The acoustic model's ONNX file.</summary>
    public ModelFileSection Acoustic { get; set; } = new();

    /// <summary>The vocoder's ONNX file.</summary>
    public ModelFileSection Vocoder { get; set; } = new();

    /// <summary>The phonemizer and its symbol inventory, which must equal the frontend's.</summary>
    public PhonemeSection Phonemes { get; set; } = new();

    /// <summary>The stock speakers (training speakers) with their embeddings.</summary>
    public List<BundleSpeaker> Speakers { get; set; } = [];

    /// <summary>The speaker used when none is named; null for the first of <see cref="Speakers"/>.</summary>
    public string? DefaultSpeaker { get; set; }

    /// <summary>Inference defaults.</summary>
    public InferenceSection Inference { get; set; } = new();

    /// <summary>Licence of the weights and their data, as free text; null when not stated.</summary>
    public string? Licence { get; set; }

    /// <summary>How the bundle was made (script, date, training steps), kept as written.</summary>
    public JsonElement? Provenance { get; set; }

    /// <c>mel</c>: the spectrogram between the acoustic model and the vocoder.
    public sealed class MelSection
    {
        /// <summary>Mel bands.</summary>
        public int NMels { get; set; }

        /// <summary>Audio samples per mel frame.</summary>
        public int Hop { get; set; }

        /// <summary>Highest mel band edge in Hz; at most half the sample rate.</summary>
        public double? Fmax { get; set; }

        /// <summary>The floor of the mel's magnitudes before the natural log: ln(clampMin) is silence. Default 1e-5.</summary>
        public double ClampMin { get; set; } = 1e-5;
    }

    /// <c>encoder</c>: the speaker encoder.
    public sealed class EncoderSection
    {
        /// <summary>The ONNX file, relative to the bundle folder.</summary>
        public string File { get; set; } = string.Empty;

        /// <summary>Names the embedding space; embeddings of different ids are never compared.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>Values in one embedding.</summary>
        public int EmbeddingSize { get; set; }

        /// <summary>The feature recipe, read by <c>Narrator.Audio.Features.LogMelParameters</c>.</summary>
        public JsonElement Features { get; set; }

        /// <summary>Least speech, in seconds, a reference must hold to be embedded. Default 1.</summary>
        public double MinSpeechSeconds { get; set; } = 1.0;
    }

    /// <c>acoustic</c> or <c>vocoder</c>: one model file.
    public sealed class ModelFileSection
    {
        /// <summary>The ONNX file, relative to the bundle folder.</summary>
        public string File { get; set; } = string.Empty;
    }

    /// <c>phonemes</c>: the frontend the acoustic model was trained with.
    public sealed class PhonemeSection
    {
        /// <summary>The phonemizer's name ("lexicon").</summary>
        public string Phonemizer { get; set; } = string.Empty;

        /// <summary>Every symbol; a symbol's index is its id.</summary>
        public List<string> Symbols { get; set; } = [];

        /// <summary>Id of the padding symbol. Default 0.</summary>
        public long PadId { get; set; }

        /// <summary>Id of the beginning-of-utterance symbol. Default 1.</summary>
        public long BosId { get; set; } = 1;

        /// <summary>Id of the end-of-utterance symbol. Default 2.</summary>
        public long EosId { get; set; } = 2;
    }

    /// <c>inference</c>: defaults for synthesis.
    public sealed class InferenceSection
    {
        /// <summary>The duration factor the bundle speaks with at speed 1. Default 1.</summary>
        public float LengthScale { get; set; } = 1f;

        /// <summary>The post-filter on the acoustic model's mels (<see cref="Bundles.MelContrast"/>); absent: none.</summary>
        public MelContrastSection MelContrast { get; set; } = new();
    }

    /// <c>inference.melContrast</c>: the factors of <see cref="Bundles.MelContrast"/>.
    public sealed class MelContrastSection
    {
        /// <summary>Factor on each band's deviation from its mean over the utterance. Default 1.</summary>
        public float Time { get; set; } = 1f;

        /// <summary>Factor on each frame's deviation from its spectrum smoothed over frequency. Default 1.</summary>
        public float Frequency { get; set; } = 1f;
    }
}
