namespace Narrator.Books.Dialogue;

/// <summary>
/// Decides who speaks each dialogue span of a chapter, in reading order: the span's own attribution; else another
/// attribution in the same paragraph; else the speaker of the speech a paragraph continues; else, in a run of
/// paragraphs of bare dialogue after two different speakers, the speaker before last (speakers alternate).
/// "he"/"she" is the character named last (as a speaker or in the narration) whose gender does not contradict it,
/// other than whoever spoke last (unless narration since then named someone), or unknown when there is none.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly CharacterNames _names;
    private readonly Func<string, char?> _genderOf;
    private readonly List<string> _recent = [];
    private string? _previous;
    private string? _lastSpeaker;
    private string? _beforePrevious;

    public SpeakerResolver(CharacterNames names, Func<string, char?> genderOf)
    {
        _names = names;
        _genderOf = genderOf;
    }

    /// <summary>The speaker of each span of each block (null for narration and unknown speakers).</summary>
    public IReadOnlyList<string?[]> Resolve(IReadOnlyList<ScannedBlock> blocks) => blocks.Select(Resolve).ToList();

    private string?[] Resolve(ScannedBlock block)
    {
        var speakers = new string?[block.Spans.Count];
        var named = block.Spans.Where(s => s.Kind == SpeechKind.Narration).SelectMany(s => _names.NamedIn(block.TextOf(s))).ToList();
        named.ForEach(Remember);
        if (!block.HasDialogue)
        {
            _previous = _beforePrevious = null;
            _lastSpeaker = named.Count > 0 ? null : _lastSpeaker;
            return speakers;
        }

        var attributedByName = block.Mentions.OfType<SpeakerMention>().Where(m => m.Kind != MentionKind.Pronoun).Select(m => _names.Canonical(m.Name)).FirstOrDefault();
        for (var i = 0; i < speakers.Length; i++)
        {
            speakers[i] = block.Mentions[i] is { } mention ? Speaker(mention, attributedByName) : null;
        }

        var attributed = speakers.Select((s, i) => (Speaker: s, Index: i)).Where(p => p.Speaker is not null).ToList();
        string? fallback = null;
        if (attributed.Count == 0)
        {
            fallback = block.ContinuesQuote ? _previous
                : block.IsDialogueOnly && _previous is not null && _beforePrevious is not null && _previous != _beforePrevious ? _beforePrevious
                : null;
        }

        for (var i = 0; i < speakers.Length; i++)
        {
            if (block.Spans[i].Kind == SpeechKind.Dialogue && speakers[i] is null)
            {
                speakers[i] = attributed.Count > 0 ? attributed.MinBy(p => Math.Abs(p.Index - i)).Speaker : fallback;
            }
        }

        var speaker = speakers.LastOrDefault(s => s is not null);
        _lastSpeaker = speaker ?? _lastSpeaker;
        if (!block.ContinuesQuote || attributed.Count > 0)
        {
            (_beforePrevious, _previous) = (speaker is null ? null : _previous, speaker);
        }

        return speakers;
    }

    private string? Speaker(SpeakerMention mention, string? namedInBlock)
    {
        if (mention.Kind == MentionKind.Pronoun)
        {
            var gender = mention.Gender;
            var candidate = namedInBlock is not null && namedInBlock != SpeakerMention.FirstPersonName
                ? namedInBlock
                : _recent.FirstOrDefault(n => n != _lastSpeaker && n != SpeakerMention.FirstPersonName && (_genderOf(n) is not { } g || g == gender));
            if (candidate is null || (_genderOf(candidate) is { } known && known != gender))
            {
                return null;
            }

            Remember(candidate);
            return candidate;
        }

        var name = _names.Canonical(mention.Name);
        if (mention.Kind == MentionKind.Named)
        {
            Remember(name);
        }

        return name;
    }

    private void Remember(string name)
    {
        _recent.Remove(name);
        _recent.Insert(0, name);
    }
}
