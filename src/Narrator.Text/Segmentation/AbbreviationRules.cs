namespace Narrator.Text;

/// <summary>
/// Decides whether the word before a period is an abbreviation that keeps a sentence going.
/// The word is given without its final period and without opening quotes or brackets.
/// </summary>
internal sealed class AbbreviationRules
{
    /// <summary>Titles and name parts, written before a capitalized name: never end a sentence.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Dr", "Drs", "Prof", "St", "Ste", "Mt", "Rev", "Hon",
        "Gen", "Col", "Capt", "Cpt", "Lt", "Sgt", "Maj", "Cpl", "Adm", "Cmdr", "Gov", "Sen", "Rep",
        "Pres", "Supt", "Fr", "Msgr", "Sr", "Jr", "Mme", "Mlle", "Ft",
    };

    /// <summary>Connectives that are always followed by more of the sentence, whatever the case.</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "vs", "cf", "viz", "e.g", "i.e", "eg", "ie",
    };

    /// <summary>Words that abbreviate before a number: "No. 5", "p. 12", "Jan. 3".</summary>
    private static readonly HashSet<string> NumberPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "No", "Nos", "Nr", "Vol", "Vols", "p", "pp", "Fig", "Figs", "Ch", "Chap", "Sec", "Sect", "Art",
        "Para", "Approx", "ca", "c", "Ed", "Eq", "Op", "Ref", "Tel", "Ext", "Pt", "Pts", "Ex", "Nov", "Dec",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Rd", "Ave", "Bldg",
    };

    private readonly HashSet<string> custom;

    public AbbreviationRules(IEnumerable<string> extra)
    {
        custom = new HashSet<string>(extra.Select(a => a.TrimEnd('.')), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when the word cannot end a sentence even before a capitalized word.</summary>
    public bool KeepsSentenceBeforeWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Length == 1)
        {
            return char.IsUpper(word[0]); // an initial: "J. R. R. Tolkien", "George W. Bush"
        }

        var key = word.ToString();
        return (char.IsUpper(word[0]) && Titles.Contains(key))
            || Connectives.Contains(key)
            || custom.Contains(key)
            || IsDottedAbbreviation(word);
    }

    /// <summary>True when the word cannot end a sentence before a number.</summary>
    public bool KeepsSentenceBeforeNumber(ReadOnlySpan<char> word) =>
        KeepsSentenceBeforeWord(word) || NumberPrefixes.Contains(word.ToString());

    /// <summary>
    /// "U.S.A", "Ph.D", "e.g": letter groups of one or two joined by periods. "a.m" and "p.m"
    /// are left out because they often end a sentence ("We left at 5 p.m. It was dark.").
    /// </summary>
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0 || word.Equals("a.m", StringComparison.OrdinalIgnoreCase)
            || word.Equals("p.m", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var groupLength = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (groupLength == 0)
                {
                    return false;
                }

                groupLength = 0;
            }
            else if (!char.IsLetter(c) || ++groupLength > 2)
            {
                return false;
            }
        }

        return groupLength > 0;
    }
}
