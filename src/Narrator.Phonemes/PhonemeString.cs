namespace Narrator.Phonemes;

/// <summary>
/// Phoneme symbols of one utterance, in order, word boundaries and punctuation included as
/// symbols of their own. <see cref="Separator"/> is only for display.
/// </summary>
public sealed record PhonemeString(IReadOnlyList<string> Symbols, string Separator)
{
    /// <summary>
    /// The symbols joined by <see cref="Separator"/>. Where the separator is not empty, a
    /// word-boundary symbol (a space) shows as "|" so words stay visible: "HH AH0 L OW1 | W ER1 L D".
    /// </summary>
    public override string ToString() => Separator.Length == 0
        ? string.Concat(Symbols)
        : string.Join(Separator, Symbols.Select(s => s == " " ? "|" : s));
}
