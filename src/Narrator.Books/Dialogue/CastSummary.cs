namespace Narrator.Books.Dialogue;

/// <summary>Who speaks how much: what a user looks at to assign voices.</summary>
public sealed record CastSummary(IReadOnlyList<CastCharacter> Characters, int UnattributedLines, int UnattributedWords, int NarrationWords)
{
    private const int ExampleWords = 4;

    /// <summary>Every line of dialogue: the attributed ones and <see cref="UnattributedLines"/>.</summary>
    public int DialogueLines => Characters.Sum(c => c.Lines) + UnattributedLines;

    /// <summary>Counts the lines of <paramref name="chapters"/>; characters are listed by words spoken, most first.</summary>
    public static CastSummary Of(IReadOnlyList<ChapterSpeech> chapters)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        var lines = CastLine.In(chapters).ToList();
        var characters = lines.Where(l => l.Speaker is not null).GroupBy(l => l.Speaker!)
            .Select(g => new CastCharacter(g.Key, g.Count(), g.Sum(l => l.Words), Examples(g)))
            .OrderByDescending(c => c.Words).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        var unattributed = lines.Where(l => l.Speaker is null).ToList();
        var narration = chapters.SelectMany(c => c.Blocks).SelectMany(b => b.Spans).Where(s => s.Kind == SpeechKind.Narration).Sum(s => Words.Count(s.Text));
        return new CastSummary(characters, unattributed.Count, unattributed.Sum(l => l.Words), narration);
    }

    private static List<string> Examples(IEnumerable<CastLine> lines)
    {
        var all = lines.ToList();
        var longer = all.Where(l => l.Words >= ExampleWords).ToList();
        return (longer.Count > 0 ? longer : all).Take(2).Select(l => l.Text).ToList();
    }
}
