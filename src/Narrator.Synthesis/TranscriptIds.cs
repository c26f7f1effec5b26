using Narrator.Phonemes;
using Narrator.Text;

namespace Narrator.Synthesis;

/// <summary>
/// The model input of a Narrator bundle for one transcript line, exactly as training tokenizes it:
/// the whole line normalized and phonemized as one utterance, then ids with BOS and EOS
/// (<c>narrator text ids --transcripts</c>, and the takes an adaptation trains on).
/// </summary>
public sealed class TranscriptIds
{
    private readonly LexiconPhonemizer _phonemizer = LexiconPhonemizer.CreateDefault();
    private readonly TextNormalizer _normalizer = EnglishNormalizer.Create();

    /// <summary>The normalized text, phonemes and model ids of <paramref name="text"/>, one transcript line.</summary>
    public TranscriptLine Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spoken = _normalizer.Normalize(text).Spoken;
        var phonemes = _phonemizer.Phonemize(spoken);
        return new TranscriptLine(spoken, phonemes, PhonemeInventory.Lexicon.ToIds(phonemes));
    }
}
