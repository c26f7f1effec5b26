using Narrator.Books;
using Narrator.Books.Dialogue;
using Narrator.Rendering.Planning;
using Narrator.Synthesis.Provenance;

namespace Narrator.Rendering.Cast;

/// <summary>
/// Which voice reads which stretch of a book: its dialogue found and attributed (only when the cast has voices
/// besides the narrator's), each stretch given to its speaker's voice, and the passages the manuscript gives a
/// voice inline given to that voice whoever speaks them.
/// </summary>
internal sealed class BookVoicing
{
    private readonly VoiceCast _cast;
    private readonly Dictionary<Block, SpokenBlock> _spoken;

    private BookVoicing(VoiceCast cast, Dictionary<Block, SpokenBlock> spoken)
    {
        _cast = cast;
        _spoken = spoken;
    }

    public CastVoice Narrator => _cast.Narrator;

    /// <summary>Every speaker the book attributes a line to.</summary>
    public IEnumerable<string> Speakers =>
        _spoken.Values.SelectMany(b => b.Spans).Select(s => s.Speaker).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>A voicing of <paramref name="book"/>; a voice it names inline that <paramref name="cast"/> has not loaded (<see cref="VoiceCast.Direct"/>) is an error naming it.</summary>
    public static BookVoicing For(Book book, VoiceCast cast)
    {
        foreach (var chapter in book.Chapters)
        {
            foreach (var block in chapter.Blocks.Where(b => b.Kind != BlockKind.Heading))
            {
                if (block.Voices.FirstOrDefault(v => !cast.Inline.ContainsKey(v.Voice)) is { } missing)
                {
                    throw new RenderException($"{VoiceCast.InlinePlace(chapter, block, missing.Voice)}: no voice was loaded for it; load the voices a book names inline with VoiceCast.Direct before creating the renderer ('narrate' does).");
                }
            }
        }

        var spoken = new Dictionary<Block, SpokenBlock>(ReferenceEqualityComparer.Instance);
        if (cast.HasRoles)
        {
            foreach (var block in BookSpeech.Find(book).Chapters.SelectMany(c => c.Blocks))
            {
                spoken[block.Block] = block;
            }
        }

        return new BookVoicing(cast, spoken);
    }

    /// <summary>
    /// <paramref name="block"/> cut where the voice changes. Neighbouring spans read by the same voice stay together, and a
    /// stretch with nothing to say (a comma between two quotes of one speaker) joins the one before it, so a block
    /// read by one voice is one part, as it would be without a cast.
    /// </summary>
    public IReadOnlyList<VoicedPart> Parts(Block block)
    {
        var parts = DialogueParts(block);
        return block.Kind == BlockKind.Heading || block.Voices.Count == 0 ? parts : Directed(block, parts);
    }

    private IReadOnlyList<VoicedPart> DialogueParts(Block block)
    {
        if (block.Kind == BlockKind.Heading || !_spoken.TryGetValue(block, out var spoken) || !spoken.HasDialogue)
        {
            return [new VoicedPart(0, block.Text.Length, _cast.Narrator)];
        }

        var parts = new List<VoicedPart>();
        foreach (var span in spoken.Spans)
        {
            var voice = _cast.For(span);
            var silent = !SaysSomething(span.Text);
            if (parts.Count > 0 && (silent || Same(parts[^1].Voice, voice)))
            {
                parts[^1] = parts[^1] with { Length = span.Start + span.Text.Length - parts[^1].Start };
            }
            else
            {
                parts.Add(new VoicedPart(span.Start, span.Text.Length, voice));
            }
        }

        // Text before the first words (an opening dash) goes with the voice that speaks them.
        if (parts.Count > 1 && !SaysSomething(block.Text.AsSpan(parts[0].Start, parts[0].Length)))
        {
            parts[1] = parts[1] with { Start = 0, Length = parts[1].Start + parts[1].Length };
            parts.RemoveAt(0);
        }

        return parts;
    }

    /// <summary><paramref name="parts"/> with the passages <paramref name="block"/> directs inline read by their voices, cut again where the voice changes.</summary>
    private List<VoicedPart> Directed(Block block, IReadOnlyList<VoicedPart> parts)
    {
        var voices = new CastVoice[block.Text.Length];
        Array.Fill(voices, _cast.Narrator);
        foreach (var part in parts)
        {
            Array.Fill(voices, part.Voice, part.Start, part.Length);
        }

        foreach (var direction in block.Voices)
        {
            var start = Math.Clamp(direction.Start, 0, voices.Length);
            Array.Fill(voices, _cast.Inline[direction.Voice], start, Math.Clamp(direction.Length, 0, voices.Length - start));
        }

        var runs = new List<VoicedPart>();
        for (var i = 0; i < voices.Length; i++)
        {
            if (runs.Count > 0 && ReferenceEquals(runs[^1].Voice, voices[i]))
            {
                runs[^1] = runs[^1] with { Length = runs[^1].Length + 1 };
            }
            else
            {
                runs.Add(new VoicedPart(i, 1, voices[i]));
            }
        }

        var joined = Joined(block, runs);

        // Text before the first words (an opening quote) goes with the voice that speaks them.
        if (joined.Count > 1 && !SaysSomething(block.Text.AsSpan(joined[0].Start, joined[0].Length)))
        {
            joined[1] = joined[1] with { Start = 0, Length = joined[1].Start + joined[1].Length };
            joined.RemoveAt(0);
        }

        return joined;
    }

    /// <summary>Parts with nothing to say (a comma between two voices) joined to the part before them, then neighbours of one voice joined.</summary>
    private static List<VoicedPart> Joined(Block block, List<VoicedPart> parts)
    {
        var joined = new List<VoicedPart>();
        foreach (var part in parts)
        {
            if (joined.Count > 0 && (Same(joined[^1].Voice, part.Voice) || !SaysSomething(block.Text.AsSpan(part.Start, part.Length))))
            {
                joined[^1] = joined[^1] with { Length = part.Start + part.Length - joined[^1].Start };
            }
            else
            {
                joined.Add(part);
            }
        }

        return joined;
    }

    /// <summary>
    /// The voices of <paramref name="chapter"/>'s dialogue that are not the narrator's, by role, and of every passage it
    /// directs inline, as text for its render hash; empty when the narrator reads it all and nothing is directed, so
    /// such a chapter keeps the hash it has without a cast.
    /// </summary>
    public string Signature(Chapter chapter)
    {
        var narrator = _cast.Narrator.Signature();
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var block in chapter.Blocks.Where(b => b.Kind != BlockKind.Heading && _spoken.ContainsKey(b)))
        {
            foreach (var span in _spoken[block].Spans.Where(s => s.Kind == SpeechKind.Dialogue))
            {
                var signature = _cast.For(span).Signature();
                if (signature != narrator)
                {
                    roles.Add($"{_cast.RoleOf(span)}\u001f{signature}");
                }
            }
        }

        for (var b = 0; b < chapter.Blocks.Count; b++)
        {
            var block = chapter.Blocks[b];
            foreach (var direction in block.Kind == BlockKind.Heading ? [] : block.Voices)
            {
                roles.Add($"inline {b} {direction.Start} {direction.Length}\u001f{_cast.Inline[direction.Voice].Signature()}");
            }
        }

        return string.Join('\u001e', roles);
    }

    /// <summary>
    /// The provenance of <paramref name="chapter"/>'s audio: the narrator's voice, and every voice heard in it with its
    /// consent record and what it reads when there are several.
    /// </summary>
    public ProvenanceRecord Provenance(PlannedChapter chapter, string bookTitle, Watermark.WatermarkKey key) =>
        ProvenanceRecord.For(Narrator.Voice, $"{bookTitle}: {chapter.Title}", key) with { Voices = Credits(chapter.Source?.Blocks ?? []) };

    /// <summary>
    /// Every voice that reads part of <paramref name="blocks"/>, the narrator first (who reads the titles), each with the
    /// roles it has there (a character of the cast who does not speak in them is not credited); null when the narrator reads it all.
    /// </summary>
    public IReadOnlyList<VoiceCredit>? Credits(IEnumerable<Block> blocks)
    {
        var read = blocks.ToList();
        var heard = new List<CastVoice> { Narrator };
        foreach (var part in read.SelectMany(Parts))
        {
            if (!heard.Any(h => h.Voice.Name == part.Voice.Voice.Name && h.Voice.Fingerprint == part.Voice.Voice.Fingerprint))
            {
                heard.Add(part.Voice);
            }
        }

        var roles = RolesHeard(read);
        return heard.Count == 1 ? null : heard.Select(v => VoiceCredit.Of(v.Voice, _cast.RolesOf(v.Voice).Where(roles.Contains).ToList())).ToList();
    }

    /// <summary>The roles, as <see cref="VoiceCast.RolesOf"/> names them, that have something to say in <paramref name="blocks"/>.</summary>
    private HashSet<string> RolesHeard(IEnumerable<Block> blocks)
    {
        var roles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { VoiceCast.NarrationRole };
        foreach (var block in blocks.Where(b => b.Kind != BlockKind.Heading))
        {
            var dialogue = _spoken.TryGetValue(block, out var spoken) ? spoken.Spans.Where(s => s.Kind == SpeechKind.Dialogue) : [];
            roles.UnionWith(dialogue.Select(s => _cast.RoleOf(s) is var role && role == VoiceCast.OtherDialogue ? VoiceCast.OtherDialogueRole : role));
            roles.UnionWith(block.Voices.Select(d => _cast.Characters.ContainsKey(d.Voice) ? d.Voice : VoiceCast.MarkedRole(d.Voice)));
        }

        return roles;
    }

    private static bool SaysSomething(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(CastVoice a, CastVoice b) => ReferenceEquals(a, b) || a.Signature() == b.Signature();
}
