namespace Narrator.Text.Normalization;

internal enum TokenKind
{
    /// <summary>Letters of any script, with inner apostrophes and hyphens ("don't", "well-known").</summary>
    Word,

    /// <summary>A run of ASCII digits.</summary>
    Number,

    /// <summary>A run of white space.</summary>
    Space,

    /// <summary>Any other single character (or surrogate pair): punctuation, symbols, emoji.</summary>
    Symbol,
}
