namespace Narrator.Text;

/// <summary>Settings of a <see cref="SentenceSegmenter"/>; checked once when the segmenter is built.</summary>
public sealed class SegmenterOptions
{
    /// <summary>The smallest allowed <see cref="MaxUtteranceLength"/>.</summary>
    public const int MinimumMaxUtteranceLength = 20;

    /// <summary>The defaults: utterances of at most 300 characters and the built-in abbreviation list.</summary>
    public static SegmenterOptions Default { get; } = new();

    /// <summary>
    /// The longest utterance, in UTF-16 code units of source text (default 300). Longer sentences
    /// are split at clause boundaries, then at word boundaries, then hard.
    /// </summary>
    public int MaxUtteranceLength { get; init; } = 300;

    /// <summary>
    /// Extra abbreviations that never end a sentence (for example a book's "Cmdr" or "Insp"),
    /// written with or without the final period. Matching ignores case. Default: none.
    /// </summary>
    public IReadOnlyCollection<string> Abbreviations { get; init; } = [];

    internal List<string> FindErrors()
    {
        var errors = new List<string>();
        if (MaxUtteranceLength < MinimumMaxUtteranceLength)
        {
            errors.Add($"MaxUtteranceLength is {MaxUtteranceLength}; it must be at least {MinimumMaxUtteranceLength} characters.");
        }

        if (Abbreviations is null)
        {
            errors.Add("Abbreviations is null; use an empty collection for none.");
            return errors;
        }

        var index = 0;
        foreach (var abbreviation in Abbreviations)
        {
            var bare = abbreviation?.TrimEnd('.');
            if (string.IsNullOrEmpty(bare))
            {
                errors.Add($"Abbreviations[{index}] is empty; give the word without spaces, such as \"Cmdr\".");
            }
            else if (bare.Any(char.IsWhiteSpace))
            {
                errors.Add($"Abbreviations[{index}] \"{abbreviation}\" contains whitespace; give one word, such as \"Cmdr\".");
            }

            index++;
        }

        return errors;
    }
}
