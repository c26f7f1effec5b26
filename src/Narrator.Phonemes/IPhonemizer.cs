namespace Narrator.Phonemes;

/// <summary>Turns normalized text (words and prosodic punctuation) into phoneme symbols.</summary>
public interface IPhonemizer
{
    /// <summary>Short name used on the command line: "lexicon" or "espeak".</summary>
    string Name { get; }

    /// <summary>The phonetic alphabet of the symbols: "ipa" or "x-arpabet" (as PLS lexicons name them).</summary>
    string Alphabet { get; }

    /// <summary>Phonemizes one utterance. Never drops a word silently; never returns null.</summary>
    PhonemeString Phonemize(string text);
}
