namespace Narrator.Phonemes;

/// <summary>
/// Phoneme symbols of one utterance, in order, word boundaries and punctuation included as
/// symbols of their own. <see cref="Separator"/> is only for display.
/// </summary>
public sealed record PhonemeString(IReadOnlyList<string> Symbols, string Separator)
{
    public override string ToString() => string.Join(Separator, Symbols);
}
