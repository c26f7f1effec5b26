using Narrator.Books;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering.Cast;
using Narrator.Rendering.Planning;
using Narrator.Rendering.Timing;
using Narrator.Synthesis;
using Narrator.Text;

namespace Narrator.Rendering;

/// <summary>What is said in a chapter, in order: pieces of text, who reads each and how, and the silence after it.</summary>
internal static class ChapterScript
{
    /// <summary>Silence where the voice changes inside a paragraph (a quote, then "said Alice"): a breath, as between clauses.</summary>
    public static readonly TimeSpan BetweenVoices = TimeSpan.FromSeconds(0.15);

    /// <summary>
    /// The lines of <paramref name="chapter"/>; passages <paramref name="passages"/> leaves out are not among them. A paragraph
    /// is one line unless <paramref name="voicing"/> gives parts of it to different voices.
    /// </summary>
    public static IEnumerable<ScriptLine> For(PlannedChapter chapter, RenderSettings settings, ForeignPassages passages, BookVoicing voicing)
    {
        var narrator = voicing.Narrator;
        if (chapter.CreditText is { } credits)
        {
            yield return new ScriptLine(credits, SpeakOptions.Default, settings.ParagraphPause, narrator) { Kind = UtteranceKind.Credits };
            yield break;
        }

        var source = chapter.Source!;
        var titles = settings.ReadChapterTitles ? source.PartTitles.Append(source.Title) : [];
        foreach (var title in titles.Where(t => t.Length > 0))
        {
            yield return new ScriptLine(title, new SpeakOptions { Context = TextContext.Heading }, settings.HeadingPause, narrator) { Kind = UtteranceKind.Title };
        }

        for (var b = 0; b < source.Blocks.Count; b++)
        {
            var block = source.Blocks[b];
            if (passages.LeavesOut(block))
            {
                continue;
            }

            var heading = block.Kind == BlockKind.Heading;
            var speak = new SpeakOptions
            {
                Context = heading ? TextContext.Heading : TextContext.Body,
                Pronunciations = block.Hints.Select(h => Entry(block, h)).OfType<PronunciationEntry>().ToList(),
            };
            var pause = heading ? settings.HeadingPause : settings.ParagraphPause;
            var parts = voicing.Parts(block);
            for (var i = 0; i < parts.Count; i++)
            {
                var piece = parts.Count == 1 ? block.Text : block.Text.Substring(parts[i].Start, parts[i].Length);
                var text = parts.Count == 1 ? piece : piece.Trim();
                yield return new ScriptLine(text, speak, i == parts.Count - 1 ? pause : BetweenVoices, parts[i].Voice)
                {
                    Block = b,
                    Offset = parts.Count == 1 ? 0 : parts[i].Start + (piece.Length - piece.TrimStart().Length),
                };
            }
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
