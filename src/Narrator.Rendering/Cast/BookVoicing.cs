using Narrator.Books;
using Narrator.Books.Dialogue;

namespace Narrator.Rendering.Cast;

/// <summary>
/// Which voice reads which stretch of a book: its dialogue found and attributed (only when the cast has voices
/// besides the narrator's), each stretch given to its speaker's voice.
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

    public static BookVoicing For(Book book, VoiceCast cast)
    {
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

    /// <summary>
    /// The voices of <paramref name="chapter"/>'s dialogue that are not the narrator's, by role, as text for its render
    /// hash; empty when the narrator reads it all, so such a chapter keeps the hash it has without a cast.
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

        return string.Join('\u001e', roles);
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
