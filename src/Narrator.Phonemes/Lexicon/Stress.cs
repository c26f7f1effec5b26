namespace Narrator.Phonemes;

/// <summary>Default lexical stress for phones that carry none: primary on the first vowel.</summary>
internal static class Stress
{
    public static string[] ApplyDefault(IReadOnlyList<string> phones)
    {
        var result = new string[phones.Count];
        var first = true;
        for (var i = 0; i < phones.Count; i++)
        {
            var p = Arpabet.BaseOf(phones[i]);
            if (Arpabet.IsVowel(p))
            {
                result[i] = p + (first ? "1" : "0");
                first = false;
            }
            else
            {
                result[i] = p;
            }
        }

        return result;
    }

    /// <summary>Turns primary stresses into secondary (for the later parts of a compound).</summary>
    public static IEnumerable<string> Demote(IEnumerable<string> phones) =>
        phones.Select(p => p.EndsWith('1') ? p[..^1] + "2" : p);
}
