using Narrator.Books;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering.Planning;
using Narrator.Synthesis;
using Narrator.Text;

namespace Narrator.Rendering;

/// <summary>What is said in a chapter, in order: pieces of text, how each is read, and the silence after it.</summary>
internal static class ChapterScript
{
    /// <summary>The lines of <paramref name="chapter"/>; passages <paramref name="passages"/> leaves out are not among them.</summary>
    public static IEnumerable<ScriptLine> For(PlannedChapter chapter, RenderSettings settings, ForeignPassages passages)
    {
        if (chapter.CreditText is { } credits)
        {
            yield return new ScriptLine(credits, SpeakOptions.Default, settings.ParagraphPause);
            yield break;
        }

        var source = chapter.Source!;
        var titles = settings.ReadChapterTitles ? source.PartTitles.Append(source.Title) : [];
        foreach (var title in titles.Where(t => t.Length > 0))
        {
            yield return new ScriptLine(title, new SpeakOptions { Context = TextContext.Heading }, settings.HeadingPause);
        }

        foreach (var block in source.Blocks.Where(b => !passages.LeavesOut(b)))
        {
            var heading = block.Kind == BlockKind.Heading;
            var speak = new SpeakOptions
            {
                Context = heading ? TextContext.Heading : TextContext.Body,
                Pronunciations = block.Hints.Select(h => Entry(block, h)).OfType<PronunciationEntry>().ToList(),
            };
            yield return new ScriptLine(block.Text, speak, heading ? settings.HeadingPause : settings.ParagraphPause);
        }
    }

    /// <summary>An inline hint as a lexicon entry, or null when it does not cover whole words the lexicon can match.</summary>
    private static PronunciationEntry? Entry(Block block, PronunciationHint hint)
    {
        if (hint.Start < 0 || hint.Length <= 0 || hint.Start + hint.Length > block.Text.Length || string.IsNullOrWhiteSpace(hint.Phonemes))
        {
            return null;
        }

        var words = block.Text.Substring(hint.Start, hint.Length);
        var count = words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return count is >= 1 and <= PronunciationLexicon.MaxPhraseWords && words.Any(char.IsLetterOrDigit)
            ? new PronunciationEntry(words, hint.Phonemes, hint.Alphabet)
            : null;
    }
}
