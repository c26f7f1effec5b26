using System.CommandLine;
using Narrator.Phonemes.Pronunciation;

namespace Narrator.Cli;

/// <summary>The <c>--lexicon</c> option of narrate, speak and text phonemes: one way to give pronunciations, so they can be previewed as they will be narrated.</summary>
internal static class LexiconOption
{
    public static Option<string?> Create() => new("--lexicon")
    {
        Description = "A pronunciation lexicon: W3C PLS, or lines of 'word  phonemes' (ARPAbet or IPA) or 'word  =alias'.",
        HelpName = "file",
    };

    /// <summary>Says once per entry which pronunciations the voice's phonemizer cannot use (read as usual instead).</summary>
    public static async Task WarnUnusableAsync(TextWriter error, IEnumerable<PronunciationEntry> entries, string alphabet)
    {
        foreach (var problem in PronouncingPhonemizer.Unusable(PronunciationLexicon.Empty.With(entries), alphabet))
        {
            await error.WriteLineAsync($"warning: pronunciation {problem}").ConfigureAwait(false);
        }
    }

    /// <summary>The file's entries; none when the option is absent.</summary>
    public static IReadOnlyList<PronunciationEntry> Entries(ParseResult parsed, Option<string?> option) =>
        parsed.GetValue(option) is { } path ? LexiconFile.Read(path) : [];
}
