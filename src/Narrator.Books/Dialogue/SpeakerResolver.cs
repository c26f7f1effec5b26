namespace Narrator.Books.Dialogue;

/// <summary>
/// Decides who speaks each dialogue span of a chapter, in reading order: the span's own attribution; else another
/// attribution in the same paragraph; else the speaker of the speech a paragraph continues; else, for a paragraph of
/// bare dialogue, the character the line before addressed by name ("Now, Mr. Wilson?"), or, after two different
/// speakers, the speaker before last (speakers alternate, also with a speaker who is there but not known); for a
/// paragraph that opens with a character's name and no attribution ("Holmes laughed. “…”"), that character; else
/// a character the line introduces ("My name is John Openshaw"). "he"/"she" is a character named by an attribution in the
/// same paragraph, else the character its narration names before the quotation ("Holmes laughed. “…” said he"),
/// else the character named last (as a speaker or in narration) whose gender does not contradict the pronoun, other
/// than whoever spoke last; unknown when there is none or when the last line's speaker is not known.
/// </summary>
internal sealed class SpeakerResolver
{
    // Stands in the alternation for a speaker who is there but not known, so the known one still alternates with them.
    private const string Someone = "\0someone";

    private readonly CharacterNames _names;
    private readonly List<string> _recent = [];
    private string? _previous;
    private string? _beforePrevious;
    private string? _lastSpeaker;
    private string? _addressed;

    public SpeakerResolver(CharacterNames names)
    {
        _names = names;
    }

    /// <summary>The speaker of each span of each block (null for narration and unknown speakers).</summary>
    public IReadOnlyList<string?[]> Resolve(IReadOnlyList<ScannedBlock> blocks) => blocks.Select(Resolve).ToList();

    private string?[] Resolve(ScannedBlock block)
    {
        var speakers = new string?[block.Spans.Count];
        var named = NamedInNarration(block, block.Spans.Count);
        if (!block.HasDialogue)
        {
            named.ForEach(Remember);
            _previous = _beforePrevious = _addressed = null;
            return speakers;
        }

        var dialogue = string.Join(' ', block.Spans.Where(s => s.Kind == SpeechKind.Dialogue).Select(block.TextOf));
        var introduced = _names.IntroducedIn(dialogue);
        var attributedByName = block.Mentions.OfType<SpeakerMention>().Where(m => m.Kind != MentionKind.Pronoun).Select(m => _names.Canonical(m.Name)).FirstOrDefault() ?? introduced;
        for (var i = 0; i < speakers.Length; i++)
        {
            speakers[i] = block.Mentions[i] is { } mention ? Speaker(mention, attributedByName ?? NamedInNarration(block, i).LastOrDefault()) : null;
        }

        named.ForEach(Remember);
        var attributed = speakers.Select((s, i) => (Speaker: s, Index: i)).Where(p => p.Speaker is not null).ToList();
        var fallback = attributed.Count > 0 ? null : Unattributed(block) ?? introduced;
        for (var i = 0; i < speakers.Length; i++)
        {
            if (block.Spans[i].Kind == SpeechKind.Dialogue && speakers[i] is null)
            {
                speakers[i] = attributed.Count > 0 ? attributed.MinBy(p => Math.Abs(p.Index - i)).Speaker : fallback;
            }
        }

        var speaker = speakers.LastOrDefault(s => s is not null);
        _lastSpeaker = speaker ?? Someone;
        if (speaker is null && !block.IsDialogueOnly)
        {
            _previous = _beforePrevious = null;
        }
        else if (!block.ContinuesQuote || attributed.Count > 0)
        {
            (_beforePrevious, _previous) = (_previous, speaker ?? Someone);
        }

        var addressed = _names.AddressedIn(dialogue);
        _addressed = addressed != speaker ? addressed : null;
        return speakers;
    }

    private string? Unattributed(ScannedBlock block)
    {
        if (block.ContinuesQuote)
        {
            return _previous == Someone ? null : _previous;
        }

        if (!block.IsDialogueOnly)
        {
            return ActionBeat(block);
        }

        var alternate = _previous is not null && _beforePrevious is not null && _previous != _beforePrevious ? _beforePrevious : null;
        return _addressed ?? (alternate == Someone ? null : alternate);
    }

    // "Holmes laughed. “…”": narration that opens the paragraph with a character's name, and names no one else before the quotation.
    private string? ActionBeat(ScannedBlock block)
    {
        var firstDialogue = block.Spans.ToList().FindIndex(s => s.Kind == SpeechKind.Dialogue);
        var named = NamedInNarration(block, firstDialogue).Distinct(StringComparer.Ordinal).ToList();
        return named.Count == 1 && _names.StartsWithName(block.Block.Text, named[0]) ? named[0] : null;
    }

    // The characters the narration of a block names before its span at index `before`, in order.
    private List<string> NamedInNarration(ScannedBlock block, int before) =>
        block.Spans.Take(before).Where(s => s.Kind == SpeechKind.Narration).SelectMany(s => _names.NamedIn(block.TextOf(s))).ToList();

    private string? Speaker(SpeakerMention mention, string? namedInBlock)
    {
        if (mention.Kind != MentionKind.Pronoun)
        {
            var name = _names.Canonical(mention.Name);
            if (mention.Kind == MentionKind.Named)
            {
                Remember(name);
            }

            return name;
        }

        var gender = mention.Gender;
        // After a line whose speaker is not known, "he" may well be that speaker: too uncertain to guess.
        var candidate = namedInBlock is not null && namedInBlock != SpeakerMention.FirstPersonName ? namedInBlock
            : _lastSpeaker == Someone ? null
            : _recent.FirstOrDefault(n => n != _lastSpeaker && (CharacterGender.Of(n) is not { } g || g == gender));
        if (candidate is null || (CharacterGender.Of(candidate) is { } known && known != gender))
        {
            return null;
        }

        Remember(candidate);
        return candidate;
    }

    private void Remember(string name)
    {
        _recent.Remove(name);
        _recent.Insert(0, name);
    }
}
