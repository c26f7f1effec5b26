namespace Narrator.Voices;

/// <summary>Word errors of a recognizer's transcript against the text that was spoken.</summary>
/// <param name="Errors">Substitutions, deletions and insertions (the word-level edit distance).</param>
/// <param name="ReferenceWords">Words in the spoken text, as a narrator says them (numbers written out).</param>
public sealed record WordErrors(int Errors, int ReferenceWords)
{
    /// <summary>No errors in no words: the start of a sum.</summary>
    public static WordErrors None { get; } = new(0, 0);

    /// <summary>Errors per reference word (0 when there were no words).</summary>
    public double Rate => ReferenceWords == 0 ? 0 : (double)Errors / ReferenceWords;

    /// <summary>The errors and words of <paramref name="a"/> and <paramref name="b"/> together, to total a corpus.</summary>
    public static WordErrors operator +(WordErrors a, WordErrors b) =>
        new(a.Errors + b.Errors, a.ReferenceWords + b.ReferenceWords);

    /// <summary>
    /// Compares <paramref name="transcript"/> with <paramref name="text"/> after normalizing the text
    /// as synthesis does ("1908" → "nineteen oh eight") and both to lower-case words without punctuation.
    /// </summary>
    public static WordErrors Measure(string text, string transcript)
    {
        var alignment = WordAlignment.Align(text, transcript);
        return new WordErrors(alignment.Errors, alignment.ReferenceWords);
    }
}
