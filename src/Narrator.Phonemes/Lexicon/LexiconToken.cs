namespace Narrator.Phonemes;

/// <summary>What a <see cref="LexiconToken"/> is.</summary>
internal enum LexiconTokenKind
{
    Word,
    Punctuation,
    Symbol,
}

/// <summary>A word, a clause punctuation mark, or a run of symbols (emoji, signs).</summary>
internal readonly record struct LexiconToken(LexiconTokenKind Kind, string Text);
