using Narrator.Books;
using Narrator.Books.Dialogue;
using Narrator.Core;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Cast;

/// <summary>
/// The voices a book is read with: the narrator's, one per character, and one for dialogue whose speaker has no
/// voice of their own (unattributed lines, characters not in the cast). Without those, the narrator reads it.
/// Passages the manuscript gives a voice inline (<see cref="Block.Voices"/>) are read by the voices <see cref="Direct"/> loads.
/// </summary>
public sealed class VoiceCast : IDisposable
{
    /// <summary>The key under which dialogue without a voice of its own is hashed and reported.</summary>
    internal const string OtherDialogue = "(dialogue)";

    /// <summary>The narrator's role, as <see cref="RolesOf"/> names it.</summary>
    internal const string NarrationRole = "narration";

    /// <summary>The role of dialogue without a voice of its own, as <see cref="RolesOf"/> names it.</summary>
    internal const string OtherDialogueRole = "other dialogue";

    private readonly List<IVoice> _opened;
    private readonly Dictionary<string, CastVoice> _inline = new(StringComparer.OrdinalIgnoreCase);

    private VoiceCast(CastVoice narrator, CastVoice? dialogue, IReadOnlyDictionary<string, CastVoice> characters, List<IVoice> opened)
    {
        Narrator = narrator;
        Dialogue = dialogue;
        Characters = characters;
        _opened = opened;
    }

    /// <summary>The voice that reads the narration (and all dialogue without a voice of its own).</summary>
    public CastVoice Narrator { get; }

    /// <summary>The voice for dialogue whose character has no voice of their own; null: the narrator reads it.</summary>
    public CastVoice? Dialogue { get; }

    /// <summary>Voices by character name, compared ignoring case.</summary>
    public IReadOnlyDictionary<string, CastVoice> Characters { get; }

    /// <summary>Whether anyone but the narrator has a voice, so that dialogue must be found to read the book.</summary>
    public bool HasRoles => Dialogue is not null || Characters.Count > 0;

    /// <summary>The voices of the passages a manuscript directs inline, by the name written there, compared ignoring case.</summary>
    public IReadOnlyDictionary<string, CastVoice> Inline => _inline;

    /// <summary>Every distinct voice of the cast, the narrator first.</summary>
    public IEnumerable<CastVoice> All => new[] { Narrator }.Concat(Characters.Values).Append(Dialogue).Concat(_inline.Values).OfType<CastVoice>().Distinct();

    /// <summary>A cast of one: the narrator reads everything. Disposing it leaves <paramref name="voice"/> to its owner.</summary>
    public static VoiceCast Solo(IVoice voice, VoiceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(voice);
        ArgumentNullException.ThrowIfNull(settings);
        return new VoiceCast(new CastVoice("the narrator's voice", voice, settings), null, new Dictionary<string, CastVoice>(), []);
    }

    /// <summary>
    /// Loads the voices of <paramref name="file"/> with <paramref name="open"/> (the consent gate, for the audiobook
    /// use), each distinct voice once; entries take <paramref name="defaults"/> where they set nothing. The narrator is
    /// the file's, or <paramref name="narrator"/> when the file names none (it stays its owner's to dispose).
    /// A voice that cannot be loaded is an error naming the cast file and the entry.
    /// </summary>
    public static VoiceCast Open(CastFile file, Func<CastEntry, IVoice> open, VoiceSettings defaults, CastVoice? narrator = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(defaults);
        if ((file.Narrator is null) == (narrator is null))
        {
            throw new RenderException(file.Narrator is null
                ? $"Cast file {file.Path}: it names no \"narrator\"; add one, or give the narrator's voice with --voice."
                : $"Cast file {file.Path}: it names a \"narrator\" and a narrator voice was given too (--voice); give it in one place.");
        }

        var loaded = new Dictionary<(string, string?), IVoice>();
        var opened = new List<IVoice>();
        var voices = new Dictionary<CastEntry, CastVoice>();
        try
        {
            CastVoice Load(CastEntry entry)
            {
                if (!loaded.TryGetValue((entry.Voice, entry.Speaker), out var voice))
                {
                    voice = Opened(entry, open);
                    opened.Add(voice);
                    loaded[(entry.Voice, entry.Speaker)] = voice;
                }

                return new CastVoice(entry.Label, voice, entry.Over(defaults));
            }

            var characters = file.Characters.ToDictionary(c => c.Key, c => Load(c.Value), StringComparer.OrdinalIgnoreCase);
            return new VoiceCast(narrator ?? Load(file.Narrator!), file.Dialogue is { } d ? Load(d) : null, characters, opened);
        }
        catch
        {
            opened.ForEach(v => v.Dispose());
            throw;
        }
    }

    /// <summary>
    /// Gives a voice to every name <paramref name="book"/> directs a passage to inline: a character of this cast reads
    /// with their voice, any other name is a voice reference (as <c>--voice</c> takes) loaded with <paramref name="open"/>,
    /// the consent gate, and <paramref name="defaults"/>. Call it before the renderer is created. A name that does not
    /// load is an error naming the file, the line, the chapter and the name.
    /// </summary>
    public void Direct(Book book, Func<CastEntry, IVoice> open, VoiceSettings defaults)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(defaults);
        foreach (var (where, name) in Directions(book).Where(d => !_inline.ContainsKey(d.Name)))
        {
            if (Characters.TryGetValue(name, out var character))
            {
                _inline[name] = character;
                continue;
            }

            var entry = new CastEntry(where, name);
            var voice = Named(where, () => open(entry));
            _opened.Add(voice);
            _inline[name] = new CastVoice(where, voice, entry.Over(defaults));
        }
    }

    /// <summary>
    /// Checks, loading nothing, that every name <paramref name="book"/> directs a passage to is a character of
    /// <paramref name="file"/> (when there is one) or a voice <paramref name="resolve"/> finds (it throws for a name it
    /// cannot): what <see cref="Direct"/> will find, so that <c>plan</c> and <c>cast</c> report an unknown name as
    /// <c>narrate</c> does, naming the file, the line, the chapter and the name. Consent is checked only when loading.
    /// </summary>
    public static void CheckDirections(Book book, CastFile? file, Action<string> resolve)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(resolve);
        var known = new HashSet<string>(file?.Characters.Keys ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var (where, name) in Directions(book).Where(d => !known.Contains(d.Name)))
        {
            Named(where, () =>
            {
                resolve(name);
                return true;
            });
            known.Add(name);
        }
    }

    /// <summary>Every voice name <paramref name="book"/> writes inline, each time with where it is written (as <see cref="InlinePlace"/> says it), in book order.</summary>
    private static IEnumerable<(string Where, string Name)> Directions(Book book) =>
        book.Chapters.SelectMany(chapter => chapter.Blocks.SelectMany(block => block.Voices.Select(v => (InlinePlace(chapter, block, v.Voice), v.Voice))));

    /// <summary>What <paramref name="load"/> gives for a name written at <paramref name="where"/>; its failure is an error naming that place.</summary>
    private static T Named<T>(string where, Func<T> load)
    {
        try
        {
            return load();
        }
        catch (NarratorException e)
        {
            throw new RenderException($"{where}: {e.Message}", e.Kind, e);
        }
    }

    /// <summary>Where a voice is named inline, for messages: "the voice "slt" named in story.md line 5 (chapter 1 "One")".</summary>
    internal static string InlinePlace(Chapter chapter, Block block, string name) =>
        $"the voice \"{name}\" named in {block.Location.File} line {block.Location.Line} (chapter {chapter.Index} \"{chapter.Title}\")";

    /// <summary>Who reads <paramref name="span"/>.</summary>
    public CastVoice For(SpeechSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        if (span.Kind == SpeechKind.Narration)
        {
            return Narrator;
        }

        return span.Speaker is { } name && Characters.TryGetValue(name, out var voice) ? voice : Dialogue ?? Narrator;
    }

    /// <summary>The key a dialogue span's voice is hashed under: its speaker's name when they have a voice here.</summary>
    internal string RoleOf(SpeechSpan span) =>
        span.Speaker is { } name && Characters.ContainsKey(name) ? name : OtherDialogue;

    /// <summary>
    /// What the cast gives <paramref name="voice"/> (a model, whatever its settings) to read: "narration", the characters it
    /// voices, "other dialogue", and "passages marked NAME" for the names written inline that load it.
    /// </summary>
    internal IReadOnlyList<string> RolesOf(IVoice voice)
    {
        bool Is(CastVoice cast) => cast.Voice.Name == voice.Name && cast.Voice.Fingerprint == voice.Fingerprint;
        var roles = new List<string>();
        if (Is(Narrator))
        {
            roles.Add(NarrationRole);
        }

        roles.AddRange(Characters.Where(c => Is(c.Value)).Select(c => c.Key).Order(StringComparer.Ordinal));
        if (Dialogue is { } dialogue && Is(dialogue))
        {
            roles.Add(OtherDialogueRole);
        }

        roles.AddRange(_inline.Where(i => !Characters.ContainsKey(i.Key) && Is(i.Value)).Select(i => MarkedRole(i.Key)).Order(StringComparer.Ordinal));
        return roles;
    }

    /// <summary>The role of the passages a manuscript gives inline to <paramref name="name"/>, a name that is no character of the cast.</summary>
    internal static string MarkedRole(string name) => $"passages marked {name}";

    /// <summary>Characters of the cast that <paramref name="speakers"/> (the names the book attributes lines to) never mention.</summary>
    public IReadOnlyList<string> Unheard(IEnumerable<string> speakers)
    {
        var heard = speakers.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Characters.Keys.Where(name => !heard.Contains(name)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Disposes the voices the cast opened itself; voices handed in stay their owners'.</summary>
    public void Dispose() => _opened.ForEach(v => v.Dispose());

    private static IVoice Opened(CastEntry entry, Func<CastEntry, IVoice> open)
    {
        try
        {
            return open(entry);
        }
        catch (NarratorException e)
        {
            throw new RenderException($"Cast file entry {entry.Label}: {e.Message}", e.Kind, e);
        }
    }
}
