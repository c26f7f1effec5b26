using System.Text.RegularExpressions;

namespace Narrator.Books.Dialogue;

/// <summary>
/// Finds the speaker a stretch of narration attributes a quotation to: right after it ("said Alice", "the Queen
/// asked", "said he") or leading into it ("Alice said, “…", "said the Hatter: “…").
/// </summary>
internal static partial class Attribution
{
    private const string Verb = "(?i:" + SpeechVerbs.Pattern + ")";
    private const string Word = @"(?:St\.\s+)?[A-Z][\w’'-]*";
    private const string Name = $@"(?<name>I|[Hh]e|[Ss]he|[Tt]he\s+{Word}(?:\s+{Word}){{0,2}}|{Titles.Pattern}?{Word}(?:\s+{Word}){{0,2}})\b";
    // A person described in lower case ("said the inspector", "the old man said"), accepted only right after a quotation.
    private const string NameOrRole = $@"(?:{Name}|(?<name>[Tt]he\s+(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\b)";
    private const string Manner = @"(?:\s+(?:had|has|\w+ly|then|again|now|at\s+last|at\s+once|presently|quietly|aloud))?";
    private const string LeadIn = $@"(?:[,:;—–-]|\b{Verb})\s*$";

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Then", "And", "But", "So", "Now", "There", "Here", "Yet", "When", "As", "It", "This", "That", "What", "Oh", "Yes", "No", "Well",
        "If", "In", "On", "At", "Of", "For", "With", "Why", "How", "Who", "Where", "Our", "My", "His", "Her", "Their", "Your", "A", "An",
        "They", "We", "You", "Some", "Nobody", "Everybody", "Somebody", "Presently", "Again", "Still", "Just", "Perhaps", "Very", "After",
        "Before", "Soon", "Once", "Suddenly", "All", "Both", "Each", "One", "Neither", "Either",
    };

    private static readonly HashSet<string> NotRoleEnds = new(StringComparer.Ordinal)
    {
        "with", "in", "as", "at", "to", "from", "of", "and", "who", "for", "on", "by", "after", "before", "again", "then", "now", "once",
        "young", "old", "little", "poor", "big", "great", "other", "same",
    };

    // Lower-case words after "the" that name no person who could speak.
    private static readonly HashSet<string> NotPeople = new(StringComparer.Ordinal)
    {
        "other", "others", "first", "second", "third", "last", "one", "voice", "door", "letter", "note", "paper", "rest", "whole", "latter",
        "former", "same", "thing", "words", "word", "following", "matter", "way", "end", "time", "day", "night", "answer", "reply", "question",
        "more", "less", "most", "next", "two", "three", "both", "pair", "party", "company", "crowd", "class", "jury", "court", "house",
    };

    /// <summary>The speaker named at the start of <paramref name="following"/>, the narration right after a quotation.</summary>
    public static SpeakerMention? After(string following) =>
        Mention(VerbThenName().Match(following)) ?? Mention(NameThenVerb().Match(following));

    /// <summary>The speaker named in the last sentence of <paramref name="preceding"/> when it leads into a quotation.</summary>
    public static SpeakerMention? Before(string preceding)
    {
        var sentence = LastSentence(preceding);
        return LeadsIn().IsMatch(sentence)
            ? Mention(NameVerbAnywhere().Match(sentence)) ?? Mention(VerbNameAnywhere().Match(sentence)) ?? Mention(SubjectThenVerb().Match(sentence))
            : null;
    }

    private static string LastSentence(string text)
    {
        var ends = SentenceEnd().Matches(text);
        return ends.Count == 0 ? text : text[(ends[^1].Index + ends[^1].Length)..];
    }

    private static SpeakerMention? Mention(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        if (name == "I")
        {
            return new SpeakerMention(MentionKind.FirstPerson, SpeakerMention.FirstPersonName);
        }

        if (name is "he" or "He" or "she" or "She")
        {
            return new SpeakerMention(MentionKind.Pronoun, name.ToLowerInvariant());
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words[0] is "the" or "The" ? words.ElementAtOrDefault(1) : words[0];
        if (head is not null && char.IsLower(head[0]))
        {
            return Role(words);
        }

        var possessive = name.EndsWith("’s", StringComparison.Ordinal) || name.EndsWith("'s", StringComparison.Ordinal);
        return head is null || possessive || NotNames.Contains(head) ? null : new SpeakerMention(MentionKind.Named, CharacterNames.Tidy(name));
    }

    // "the banker impatiently", "the woman in": the description ends before an adverb or a preposition.
    private static SpeakerMention? Role(string[] words)
    {
        var end = words.Length;
        while (end > 1 && (words[end - 1].EndsWith("ly", StringComparison.Ordinal) || NotRoleEnds.Contains(words[end - 1])))
        {
            end--;
        }

        var role = words[1..end];
        return role.Length == 0 || role.Any(NotPeople.Contains) ? null : new SpeakerMention(MentionKind.Named, CharacterNames.Tidy(string.Join(' ', words[..end])));
    }

    [GeneratedRegex($@"^[\s,;—–-]*(?:and\s+|then\s+)?{Verb}{Manner}\s+{NameOrRole}", RegexOptions.CultureInvariant)]
    private static partial Regex VerbThenName();

    [GeneratedRegex($@"^[\s,;—–-]*{NameOrRole}{Manner}\s+{Verb}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenVerb();

    [GeneratedRegex($@"{Name}{Manner}\s+{Verb}\b", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex NameVerbAnywhere();

    [GeneratedRegex($@"\b{Verb}\s+{Name}", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex VerbNameAnywhere();

    [GeneratedRegex($@"^[\s“”""‘’']*(?:(?:Then|And|But|So|Now|At last|At length)\s*,?\s+)?{Name}.*?\b(?:and\s+)?{Verb}\b", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectThenVerb();

    [GeneratedRegex(LeadIn, RegexOptions.CultureInvariant)]
    private static partial Regex LeadsIn();

    [GeneratedRegex(@"(?<!\b(?:Mr|Mrs|Ms|Dr|St))[.!?]+[”’""']?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
