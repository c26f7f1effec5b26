using System.Text.RegularExpressions;

namespace Narrator.Books.Dialogue;

/// <summary>
/// Merges the forms one character is named by across a book ("Holmes", "Mr. Holmes", "Sherlock Holmes") only where
/// the book offers a single candidate: a bare name joins the single longer name it is the first or last word of, and titled
/// forms join a bare one when their genders agree ("Mr. Hudson" and "Mrs. Hudson" stay apart, and so does a bare
/// "Hudson" beside both); a description ("the Rabbit") joins the single longer description it ends ("the White
/// Rabbit"); a description in lower case ("the inspector") is kept as written. Each group is listed under its most frequent form.
/// </summary>
internal sealed partial class CharacterNames
{
    private readonly Dictionary<string, string> _canonical;
    private readonly List<(Regex Vocative, string Name)> _vocatives;

    private CharacterNames(Dictionary<string, string> canonical)
    {
        _canonical = canonical;
        _vocatives = canonical.Where(p => !p.Key.StartsWith("the ", StringComparison.Ordinal))
            .Select(p => (new Regex($@"(?:^|[,“‘—]\s*){Titles.Pattern}?{Regex.Escape(p.Key)}\s*[,.!?;—”’]", RegexOptions.CultureInvariant), p.Value))
            .ToList();
    }

    /// <summary>A name as the book writes it, with its spaces, apostrophes and a sentence-initial "The" evened out.</summary>
    public static string Tidy(string name)
    {
        var tidy = Spaces().Replace(name.Trim(), " ").Replace('\'', '’');
        return tidy.StartsWith("The ", StringComparison.Ordinal) ? "the" + tidy[3..] : tidy;
    }

    /// <summary>Groups <paramref name="mentions"/> (one entry per attribution, so frequencies count).</summary>
    public static CharacterNames From(IEnumerable<string> mentions)
    {
        var counts = mentions.GroupBy(n => n, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var cores = counts.Keys.ToDictionary(n => n, Core, StringComparer.Ordinal);
        var longCores = cores.Values.Where(c => Words(c).Length > 1 && !IsRole(c)).Distinct().ToList();
        var targets = cores.ToDictionary(p => p.Key, p => Target(p.Value, longCores), StringComparer.Ordinal);
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, target) in targets)
        {
            var genders = targets.Where(p => p.Value == target).Select(p => CharacterGender.Of(p.Key)).OfType<char>().Distinct().Count();
            var key = genders > 1 ? $"{target}|{CharacterGender.Of(name)}" : target;
            groups.TryAdd(key, []);
            groups[key].Add(name);
        }

        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups.Values)
        {
            var display = group.OrderByDescending(n => counts[n]).ThenByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First();
            group.ForEach(n => canonical[n] = display);
        }

        return new CharacterNames(canonical);
    }

    /// <summary>The name a character is listed under.</summary>
    public string Canonical(string name) => _canonical.GetValueOrDefault(name, name);

    /// <summary>
    /// The characters that <paramref name="text"/> names (in any of their forms), the last named last. Characters
    /// known only by a description in lower case ("the man") are left out: narration uses those words for anyone.
    /// </summary>
    public IEnumerable<string> NamedIn(string text) => _canonical
        .Where(p => !IsRole(p.Key))
        .Select(p => (Name: p.Value, At: LastWholeWord(text, p.Key)))
        .Where(p => p.At >= 0)
        .OrderBy(p => p.At)
        .Select(p => p.Name)
        .Distinct(StringComparer.Ordinal);

    /// <summary>The known character a line introduces as its speaker ("My name is John Openshaw"), if any.</summary>
    public string? IntroducedIn(string dialogue)
    {
        var match = Introduction().Match(dialogue);
        if (!match.Success)
        {
            return null;
        }

        var words = match.Groups["name"].Value.Split(' ');
        return Enumerable.Range(0, words.Length).Select(n => string.Join(' ', words[..(words.Length - n)]))
            .Where(_canonical.ContainsKey).Select(Canonical).FirstOrDefault();
    }

    /// <summary>The character a line of dialogue speaks to by name ("Now, Mr. Wilson?"), if it names exactly one.</summary>
    public string? AddressedIn(string dialogue)
    {
        var addressed = _vocatives.Where(v => v.Vocative.IsMatch(dialogue)).Select(v => v.Name).Distinct(StringComparer.Ordinal).ToList();
        return addressed.Count == 1 ? addressed[0] : null;
    }

    /// <summary>Whether <paramref name="text"/> opens with one of the forms of <paramref name="character"/> ("The Hatter", "Mr. Holmes’").</summary>
    public bool StartsWithName(string text, string character) => _canonical
        .Where(p => p.Value == character)
        .Any(p => text.StartsWith(p.Key, StringComparison.Ordinal) || (p.Key.StartsWith("the ", StringComparison.Ordinal) && text.StartsWith("The" + p.Key[3..], StringComparison.Ordinal)));

    private static int LastWholeWord(string text, string name)
    {
        var form = name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name;
        for (var at = text.LastIndexOf(form, StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : text.LastIndexOf(form, at - 1, StringComparison.Ordinal))
        {
            var end = at + form.Length;
            var partOfLongerName = end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]); // Baker Street
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])) && !partOfLongerName)
            {
                return at;
            }
        }

        return -1;
    }

    // A one-word name belongs to the one longer name it starts or ends, if there is exactly one.
    // A description ("the Rabbit") likewise joins the one longer description it ends ("the White Rabbit").
    private static string Target(string core, List<string> longCores)
    {
        var words = Words(core);
        if (words.Length > 1 || IsRole(core))
        {
            return core;
        }

        var description = core.StartsWith("the ", StringComparison.Ordinal);
        var longer = longCores.Where(c => c.StartsWith("the ", StringComparison.Ordinal) == description && (Words(c)[^1] == words[0] || (!description && Words(c)[0] == words[0]))).ToList();
        return longer.Count == 1 ? longer[0] : core;
    }

    // A person described in lower case ("the inspector"): kept as written, never merged.
    private static bool IsRole(string name) => name.StartsWith("the ", StringComparison.Ordinal) && name.Length > 4 && char.IsLower(name[4]);

    // The words of a name, a description's "the" left out.
    private static string[] Words(string core) =>
        (core.StartsWith("the ", StringComparison.Ordinal) ? core[4..] : core).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // The name without its title: "Mr. Sherlock Holmes" -> "Sherlock Holmes".
    private static string Core(string name) => TitlePrefix().Replace(name, string.Empty);

    // "My name is John Openshaw", and the same broken by an attribution: "“My name,” said he, “is John Openshaw".
    [GeneratedRegex($@"\b[Mm]y name[”’""',\s“‘]*is\s+(?<name>{Titles.Pattern}?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})", RegexOptions.CultureInvariant)]
    private static partial Regex Introduction();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex("^" + Titles.Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex TitlePrefix();
}
