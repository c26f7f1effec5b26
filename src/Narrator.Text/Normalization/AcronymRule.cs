namespace Narrator.Text.Normalization;

/// <summary>
/// All-capital words: spelled letter by letter ("FBI" → F B I, "USA", "CDs" → C Ds) unless listed as
/// pronounceable ("NASA", "NATO") or shaped like a word (four letters or more, vowels and consonants
/// alternating). Common words in capitals ("THE END") read as words, and so does any word the
/// pronunciation dictionary knows as a word rather than as letters (<see cref="NormalizerOptions.ReadsAsWord"/>).
/// </summary>
internal sealed class AcronymRule : INormalizationRule
{
    private static readonly HashSet<string> Pronounceable = new(StringComparer.OrdinalIgnoreCase)
    {
        "NASA", "NATO", "UNESCO", "UNICEF", "NAFTA", "OPEC", "LASER", "RADAR", "SCUBA", "SONAR", "AIDS", "SARS",
        "COVID", "FIFA", "NASDAQ", "OSHA", "FEMA", "ASAP", "GIF", "JPEG", "PIN", "RAM", "ROM", "SIM", "WASP",
        "YOLO", "ZIP", "INTERPOL", "ASCII", "DARPA", "NOAA", "MEDLINE", "IKEA", "OLED", "CAPTCHA", "SWAT", "UEFA",
    };

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "A", "I", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "IS", "IT", "ME", "MY", "NO", "OF", "OH",
        "OK", "ON", "OR", "SO", "TO", "UP", "WE", "ALL", "AND", "ARE", "BUT", "CAN", "DAY", "FOR", "GET", "HAS", "HER",
        "HIM", "HIS", "HOW", "ITS", "LET", "MAN", "NEW", "NOT", "NOW", "OLD", "ONE", "OUR", "OUT", "SEE", "SHE", "THE",
        "TOO", "TWO", "WAS", "WAY", "WHO", "WHY", "YES", "YET", "YOU", "END", "BIG", "OFF", "BOY", "GOD", "SIR", "AGO",
    };

    private readonly HashSet<string> extra;
    private readonly Func<string, bool>? readsAsWord;

    public AcronymRule(IReadOnlyCollection<string> extraPronounceable, Func<string, bool>? readsAsWord)
    {
        extra = new HashSet<string>(extraPronounceable, StringComparer.OrdinalIgnoreCase);
        this.readsAsWord = readsAsWord;
    }

    public RuleMatch? TryRead(TokenStream s, int index)
    {
        if (!s.Is(index, TokenKind.Word))
        {
            return null;
        }

        var word = s.Text(index);
        if (IsCaps(word) && s.IsChar(index + 1, '&') && s.Is(index + 2, TokenKind.Word) && IsCaps(s.Text(index + 2)))
        {
            // Initialisms joined by "&" ("AT&T", "B&Q") are spelled on both sides.
            return RuleMatch.Words(3, Spell(word) + " and " + Spell(s.Text(index + 2)));
        }

        var plural = word.Length > 2 && word[^1] == 's' && IsCaps(word[..^1]);
        var core = plural ? word[..^1] : word;
        if (core.Length < 2 || !IsCaps(core) || CommonWords.Contains(core) || Pronounceable.Contains(core) || extra.Contains(core)
            || (core.Length >= 3 && readsAsWord?.Invoke(core.ToLowerInvariant()) == true))
        {
            return IsCaps(core) && core.Length >= 2 ? RuleMatch.Words(1, word == "OK" ? "okay" : word.ToLowerInvariant()) : null;
        }

        if (core.Length >= 4 && (LooksLikeWord(core) || s.Context == TextContext.Heading || ShoutedNeighbor(s, index)))
        {
            return RuleMatch.Words(1, word.ToLowerInvariant());
        }

        var letters = Spell(core);
        return RuleMatch.Words(1, plural ? letters + "s" : letters);
    }

    /// <summary>A neighbouring word is a capitalized ordinary word: the text is shouted ("HELLO WORLD").</summary>
    private static bool ShoutedNeighbor(TokenStream s, int index)
    {
        foreach (var i in (int[])[s.Previous(index), s.SkipSpace(index + 1)])
        {
            var w = s.Text(i);
            if (s.Is(i, TokenKind.Word) && IsCaps(w) && (CommonWords.Contains(w) || (w.Length >= 4 && LooksLikeWord(w))))
            {
                return true;
            }
        }

        return false;
    }

    private static string Spell(string letters) => string.Join(' ', letters.ToCharArray());

    private static bool IsCaps(string word) => word.Length > 0 && word.All(char.IsAsciiLetterUpper);

    /// <summary>Vowels and consonants alternate enough to read aloud: no run of three consonants or three vowels.</summary>
    private static bool LooksLikeWord(string word)
    {
        int consonants = 0, vowels = 0, vowelCount = 0;
        foreach (var c in word)
        {
            var vowel = c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';
            consonants = vowel ? 0 : consonants + 1;
            vowels = vowel ? vowels + 1 : 0;
            vowelCount += vowel ? 1 : 0;
            if (consonants >= 3 || vowels >= 3)
            {
                return false;
            }
        }

        return vowelCount * 3 >= word.Length;
    }
}
