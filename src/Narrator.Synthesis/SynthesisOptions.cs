using Narrator.Core;
using Narrator.Phonemes.Pronunciation;
using Narrator.Synthesis.Voices;
using Narrator.Watermark;

namespace Narrator.Synthesis;

/// <summary>Options of a <see cref="Synthesizer"/>, validated once when it is created.</summary>
public sealed class SynthesisOptions
{
    /// <summary>How the voice speaks: speed, pitch, energy, speaker. Default <see cref="VoiceSettings.Default"/>.</summary>
    public VoiceSettings Voice { get; init; } = VoiceSettings.Default;

    /// <summary>Longest utterance, in characters of source text, sent to the model in one call. Default 300.</summary>
    public int MaxUtteranceLength { get; init; } = 300;

    /// <summary>Silence after a clause of a sentence split for length. Default 0.15 s.</summary>
    public TimeSpan ClausePause { get; init; } = TimeSpan.FromSeconds(0.15);

    /// <summary>Silence after a sentence. Default 0.35 s.</summary>
    public TimeSpan SentencePause { get; init; } = TimeSpan.FromSeconds(0.35);

    /// <summary>Silence after a paragraph. Default 0.7 s.</summary>
    public TimeSpan ParagraphPause { get; init; } = TimeSpan.FromSeconds(0.7);

    /// <summary>Utterances per model call in <see cref="Synthesizer.SynthesizeAllAsync"/>. Default 1.</summary>
    public int BatchSize { get; init; } = 1;

    /// <summary>Pronunciations applied to everything this synthesizer speaks (a book's lexicon).</summary>
    public PronunciationLexicon Pronunciations { get; init; } = PronunciationLexicon.Empty;

    /// <summary>
    /// The key of the watermark every synthesized waveform carries: the published default key (anyone
    /// can detect it, and anyone could forge it) or a publisher's private key.
    /// </summary>
    public WatermarkKey WatermarkKey { get; init; } = WatermarkKey.Default;

    /// <summary>The defaults listed on each property.</summary>
    public static SynthesisOptions Default { get; } = new();

    internal void Validate()
    {
        var errors = new List<string>();
        if (MaxUtteranceLength < 20)
        {
            errors.Add($"the longest utterance ({MaxUtteranceLength}) must be at least 20 characters");
        }

        foreach (var (name, pause) in new[] { ("clause", ClausePause), ("sentence", SentencePause), ("paragraph", ParagraphPause) })
        {
            if (pause < TimeSpan.Zero || pause > TimeSpan.FromSeconds(10))
            {
                errors.Add($"the {name} pause ({pause.TotalSeconds} s) must be between 0 and 10 s");
            }
        }

        if (BatchSize is < 1 or > 256)
        {
            errors.Add($"the batch size ({BatchSize}) must be between 1 and 256");
        }

        if (errors.Count > 0)
        {
            throw new NarratorException("Invalid synthesis options: " + string.Join("; ", errors) + ".");
        }

        Voice.Validate();
    }
}
