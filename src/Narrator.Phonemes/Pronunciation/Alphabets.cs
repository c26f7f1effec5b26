namespace Narrator.Phonemes.Pronunciation;

/// <summary>Names of phonetic alphabets as Narrator's phonemizers use them: "ipa" and "x-arpabet".</summary>
public static class Alphabets
{
    /// <summary>The canonical name of <paramref name="alphabet"/>: any spelling of ARPAbet ("arpabet", "cmu", "x-cmu") becomes "x-arpabet"; others are trimmed and lower-cased.</summary>
    public static string Normalize(string alphabet) => alphabet.Trim().ToLowerInvariant() switch
    {
        "arpabet" or "x-arpabet" or "cmu" or "x-cmu" => "x-arpabet",
        var other => other,
    };

    /// <summary>ARPAbet when every symbol is capital letters with an optional stress digit ("HH AH0 L OW1"), else IPA.</summary>
    public static string Guess(string phonemes) =>
        phonemes.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .All(s => s.Length <= 3 && s.TrimEnd('0', '1', '2').All(char.IsAsciiLetterUpper) && char.IsAsciiLetterUpper(s[0]))
            ? "x-arpabet"
            : "ipa";
}
