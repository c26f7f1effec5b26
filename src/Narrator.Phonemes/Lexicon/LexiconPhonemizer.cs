namespace Narrator.Phonemes;

/// <summary>
/// English phonemizer over the CMU Pronouncing Dictionary (ARPAbet with stress digits) with a
/// rule-based letter-to-sound fallback for unknown words. Output: phones, <c>" "</c> between
/// words, and the clause punctuation , . ; : ! ? as symbols. Thread-safe and immutable.
/// </summary>
public sealed class LexiconPhonemizer : IPhonemizer
{
    /// <summary>Spoken in place of a word whose letters belong to a script the phonemizer cannot
    /// read (for example Chinese or Arabic).</summary>
    public const string ForeignWordPlaceholder = "foreign word";

    /// <summary>Spoken in place of a run of symbols without a name of their own (emoji, signs).</summary>
    public const string SymbolPlaceholder = "symbol";

    private const string DefaultResource = "Narrator.Phonemes.Lexicon.cmudict.txt.gz";

    private static readonly Lazy<PronunciationDictionary> Embedded = new(LoadEmbedded, isThreadSafe: true);

    private static readonly Dictionary<string, string> SymbolNames = new(StringComparer.Ordinal)
    {
        ["&"] = "and", ["%"] = "percent", ["+"] = "plus", ["="] = "equals", ["@"] = "at",
        ["#"] = "number", ["$"] = "dollar", ["€"] = "euro", ["£"] = "pound", ["°"] = "degree",
    };

    private readonly PronunciationDictionary _dictionary;
    private readonly Dictionary<string, string[]> _user;
    private readonly WordPronouncer _pronouncer;

    private LexiconPhonemizer(PronunciationDictionary dictionary, Dictionary<string, string[]> user)
    {
        _dictionary = dictionary;
        _user = user;
        _pronouncer = new WordPronouncer(dictionary, user);
    }

    /// <inheritdoc/>
    public string Name => "lexicon";

    /// <inheritdoc/>
    public string Alphabet => "x-arpabet";

    internal PronunciationDictionary Dictionary => _dictionary;

    /// <summary>Every symbol this phonemizer can emit, in a fixed order: ARPAbet phones sorted
    /// ordinally (each vowel as stress 0, 1, 2), then the word boundary " ", then , . ; : ! ?.
    /// Model ids derive from this order; it only ever grows at the end.</summary>
    public static IReadOnlyList<string> Inventory => Arpabet.Inventory;

    /// <summary>Number of dictionary entries (user entries not counted).</summary>
    public int DictionarySize => _dictionary.Count;

    /// <summary>The phonemizer over the CMUdict copy embedded in this assembly (loaded once, on
    /// first use, shared by every instance).</summary>
    public static LexiconPhonemizer CreateDefault() => new(Embedded.Value, new(StringComparer.Ordinal));

    /// <summary>
    /// Whether an all-capital word is an ordinary word to read ("STOP", "FIR", "NASA"), rather than an
    /// initialism: it is in the embedded CMUdict and its entry is not just its letters' names ("FBI",
    /// "CD", "GPS" are listed spelled out, give or take a consonant). Words outside the dictionary are left to the spelling rules.
    /// </summary>
    public static bool ReadsAsWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        return Embedded.Value.TryGet(lower, out var phones) && !Spelling.IsSpelledOut(lower, phones);
    }

    /// <summary>A phonemizer over a CMUdict-format file ("word PH PH ...", ".gz" allowed).</summary>
    public static LexiconPhonemizer FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new PhonemizerException($"Lexicon file '{path}' does not exist.");
        }

        using var stream = File.OpenRead(path);
        return new(PronunciationDictionary.Load(stream, path, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)),
            new(StringComparer.Ordinal));
    }

    /// <summary>A copy whose pronunciations for <paramref name="entries"/> (word → ARPAbet phones,
    /// stress optional) override the dictionary and earlier user entries. Words match case-insensitively.</summary>
    public LexiconPhonemizer WithEntries(IReadOnlyDictionary<string, string[]> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var user = new Dictionary<string, string[]>(_user, StringComparer.Ordinal);
        foreach (var (word, phones) in entries)
        {
            var key = word.Trim().ToLowerInvariant().Replace('’', '\'');
            if (key.Length == 0 || key.Any(char.IsWhiteSpace))
            {
                throw new PhonemizerException($"User lexicon word '{word}' must be a single word.");
            }

            user[key] = PronunciationDictionary.ParsePhones(phones, $"user entry '{word}'");
        }

        return new(_dictionary, user);
    }

    /// <inheritdoc/>
    public PhonemeString Phonemize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var symbols = new List<string>();
        var tokens = LexiconTokenizer.Tokenize(text).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == LexiconTokenKind.Punctuation)
            {
                symbols.Add(token.Text);
                continue;
            }

            var words = token.Kind == LexiconTokenKind.Word
                ? Heteronym(tokens, i) is { } reading ? [reading] : _pronouncer.Pronounce(token.Text)
                : SymbolWords(token.Text).SelectMany(_pronouncer.Pronounce).ToList();
            foreach (var word in words)
            {
                if (symbols.Count > 0)
                {
                    symbols.Add(Arpabet.WordBoundary);
                }

                symbols.AddRange(word);
            }
        }

        return new PhonemeString(symbols, " ");
    }

    // A user entry for the word wins over the heteronym table; the neighbours are the words either side in the clause.
    private string[]? Heteronym(List<LexiconToken> tokens, int at)
    {
        var word = Key(tokens[at].Text);
        return _user.ContainsKey(word) ? null : Heteronyms.Read(word, Neighbour(tokens, at - 2) is { } two && Neighbour(tokens, at - 1) is not null ? two : null, Neighbour(tokens, at - 1), Neighbour(tokens, at + 1));
    }

    private static string? Neighbour(List<LexiconToken> tokens, int at) =>
        at >= 0 && at < tokens.Count && tokens[at].Kind == LexiconTokenKind.Word ? Key(tokens[at].Text) : null;

    private static string Key(string word) => word.ToLowerInvariant().Replace('’', '\'');

    private static IEnumerable<string> SymbolWords(string run) =>
        run.EnumerateRunes().All(r => SymbolNames.ContainsKey(r.ToString()))
            ? run.EnumerateRunes().Select(r => SymbolNames[r.ToString()])
            : SymbolPlaceholder.Split(' ');

    private static PronunciationDictionary LoadEmbedded()
    {
        using var stream = typeof(LexiconPhonemizer).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new PhonemizerException($"The embedded lexicon '{DefaultResource}' is missing from the assembly.",
                Narrator.Core.ErrorKind.Internal);
        return PronunciationDictionary.LoadSorted(stream, "embedded CMUdict");
    }
}
