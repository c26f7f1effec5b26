namespace Narrator.Books.Dialogue;

/// <summary>The gender a name's title or noun states ("Mr. Holmes", "the Queen"); null for a bare name.</summary>
internal static class CharacterGender
{
    private static readonly HashSet<string> Male = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mr.", "mister", "sir", "lord", "king", "duke", "prince", "count", "father", "uncle", "brother", "master", "gentleman", "man", "boy",
    };

    private static readonly HashSet<string> Female = new(StringComparer.OrdinalIgnoreCase)
    {
        "mrs", "mrs.", "ms", "ms.", "miss", "madame", "lady", "queen", "duchess", "princess", "countess", "mother", "aunt", "sister", "mistress", "woman", "girl",
    };

    public static char? Of(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Male.Contains(word))
            {
                return 'm';
            }

            if (Female.Contains(word))
            {
                return 'f';
            }
        }

        return null;
    }
}
