namespace Narrator.Text;

public enum SpokenTokenKind
{
    /// <summary>Ordinary words, as written or expanded from numbers, symbols and abbreviations.</summary>
    Word,

    /// <summary>Punctuation kept because it shapes prosody: , . ; : ! ? and the like.</summary>
    Punctuation,
}
