namespace Narrator.Books.Dialogue;

internal enum MentionKind
{
    /// <summary>A name or a description with a capital: "Alice", "Mr. Holmes", "the Queen".</summary>
    Named,

    /// <summary>"he" or "she": someone named earlier.</summary>
    Pronoun,

    /// <summary>"I": the first-person narrator.</summary>
    FirstPerson,
}

/// <summary>The speaker an attribution names ("said Alice", "he asked"), as written there.</summary>
internal sealed record SpeakerMention(MentionKind Kind, string Name)
{
    /// <summary>The name a first-person narrator's lines are listed under.</summary>
    public const string FirstPersonName = "I";

    /// <summary>'m' or 'f' when the words say so (he/she, Mr./Mrs., the King/the Queen), else null.</summary>
    public char? Gender => Kind == MentionKind.Pronoun ? (Name == "he" ? 'm' : 'f') : CharacterGender.Of(Name);
}
