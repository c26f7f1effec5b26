namespace Narrator.Text;

/// <summary>What a <see cref="SpokenToken"/> is: a word to speak, or punctuation that shapes the pauses.</summary>
public enum SpokenTokenKind
{
    /// <summary>Ordinary words, as written or expanded from numbers, symbols and abbreviations.</summary>
    Word,

    /// <summary>Punctuation kept because it shapes prosody: , . ; : ! ? and the like.</summary>
    Punctuation,
}
