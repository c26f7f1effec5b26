namespace Narrator.Phonemes;

/// <summary>
/// Words with two readings ("they record" against "the record", "will read" against "had read"),
/// chosen from the word before and the word after in the same clause, by the table heteronyms.txt
/// (its header explains the columns). Not a tagger: a few cue words decide, the table's default
/// covers the rest. Base forms of the stress pairs also give their -s forms ("records").
/// </summary>
internal static class Heteronyms
{
    private const string Resource = "Narrator.Phonemes.Lexicon.heteronyms.txt";

    private static readonly HashSet<string> VerbCues = Set(
        "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did",
        "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't",
        "not", "please", "let's", "i'll", "you'll", "we'll", "they'll", "he'll", "she'll", "it'll");

    private static readonly HashSet<string> BasePronouns = Set("i", "you", "we", "they");

    private static readonly HashSet<string> ThirdPronouns = Set("he", "she", "it", "who");

    private static readonly HashSet<string> Determiners = Set(
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "no",
        "any", "some", "each", "every", "another", "of", "in", "on", "for", "with", "by", "from", "at", "about",
        "into", "without", "under", "over", "what", "which", "whose", "first", "last", "next", "new", "old",
        "great", "little", "big", "small", "own", "same", "only", "public", "world", "long", "short");

    // An object after a word at the start of a clause makes it an imperative verb ("Close the door.").
    private static readonly HashSet<string> ObjectStarts = Set(
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their",
        "it", "them", "him", "me", "us", "you", "every", "all");

    private static readonly HashSet<string> ClauseStarts = Set("and", "or", "then", "but", "so", "now");

    private static readonly Lazy<Dictionary<string, Entry>> Table = new(Load, isThreadSafe: true);

    /// <summary>The words the table knows (base and -s forms).</summary>
    public static IReadOnlyCollection<string> Words => Table.Value.Keys;

    /// <summary>
    /// The reading of <paramref name="word"/> (lower case) after <paramref name="twoBefore"/> and
    /// <paramref name="before"/> and before <paramref name="after"/> (lower case; null at a clause edge),
    /// or null when it is no heteronym.
    /// </summary>
    public static string[]? Read(string word, string? twoBefore, string? before, string? after)
    {
        if (!Table.Value.TryGetValue(word, out var entry))
        {
            return null;
        }

        return IsVerb(entry, twoBefore, before, after) ? entry.Verb : entry.Other;
    }

    private static bool IsVerb(Entry entry, string? twoBefore, string? before, string? after)
    {
        if (before is not null && (VerbCues.Contains(before) || entry.VerbBefore.Contains(before))) { return true; }
        // "Will you read…", "did she record…": a question puts the subject between the cue and the verb.
        if (twoBefore is not null && VerbCues.Contains(twoBefore) && before is not null && (BasePronouns.Contains(before) || ThirdPronouns.Contains(before))) { return true; }
        if (before is not null && entry.OtherBefore.Contains(before)) { return false; }
        if (after is not null && entry.OtherAfter.Contains(after)) { return false; }
        if (after is not null && entry.VerbAfter.Contains(after)) { return true; }
        if (before is not null && PronounPicksVerb(entry.Flags, before)) { return true; }
        if (before is not null && entry.Flags.Contains('d', StringComparison.Ordinal) && Determiners.Contains(before)) { return false; }
        if (after is not null && entry.Flags.Contains('o', StringComparison.Ordinal) && (before is null || ClauseStarts.Contains(before)) && ObjectStarts.Contains(after)) { return true; }
        return entry.VerbByDefault;
    }

    private static bool PronounPicksVerb(string flags, string before) =>
        (flags.Contains('p', StringComparison.Ordinal) && BasePronouns.Contains(before))
        || (flags.Contains('q', StringComparison.Ordinal) && ThirdPronouns.Contains(before))
        || (flags.Contains('a', StringComparison.Ordinal) && (BasePronouns.Contains(before) || ThirdPronouns.Contains(before)));

    private static Dictionary<string, Entry> Load()
    {
        using var stream = typeof(Heteronyms).Assembly.GetManifestResourceStream(Resource)
            ?? throw new PhonemizerException($"The embedded table '{Resource}' is missing from the assembly.", Core.ErrorKind.Internal);
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var f = text.Split('|');
            if (f.Length < 5 || f[3] is not ("verb" or "other"))
            {
                throw new PhonemizerException($"heteronyms.txt line {line}: expected word|verb|other|verb or other|flags|…", Core.ErrorKind.Internal);
            }

            var entry = new Entry(Phones(f[1], line), Phones(f[2], line), f[3] == "verb", f[4], Field(f, 5), Field(f, 6), Field(f, 7), Field(f, 8));
            table[f[0]] = entry;
            if (entry.Flags.Contains('p', StringComparison.Ordinal))
            {
                table.TryAdd(PluralOf(f[0]), entry with { Verb = WithS(entry.Verb), Other = WithS(entry.Other), Flags = entry.Flags.Replace('p', 'q') });
            }
        }

        return table;
    }

    private static string PluralOf(string word) => word.EndsWith('s') || word.EndsWith('x') ? word + "es" : word + "s";

    // The -s ending as English voices it: "iz" after a sibilant, "s" after a voiceless sound, else "z".
    private static string[] WithS(string[] phones) => phones[^1] switch
    {
        "S" or "Z" or "SH" or "ZH" or "CH" or "JH" => [.. phones, "IH0", "Z"],
        "P" or "T" or "K" or "F" or "TH" => [.. phones, "S"],
        _ => [.. phones, "Z"],
    };

    private static string[] Phones(string field, int line) =>
        PronunciationDictionary.ParsePhones(field.Split(' ', StringSplitOptions.RemoveEmptyEntries), $"heteronyms.txt line {line}");

    private static HashSet<string> Field(string[] fields, int index) =>
        index < fields.Length ? Set(fields[index].Split(',', StringSplitOptions.RemoveEmptyEntries)) : [];

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    private sealed record Entry(string[] Verb, string[] Other, bool VerbByDefault, string Flags,
        HashSet<string> VerbBefore, HashSet<string> OtherBefore, HashSet<string> VerbAfter, HashSet<string> OtherAfter);
}
