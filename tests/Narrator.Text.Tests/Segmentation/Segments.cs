namespace Narrator.Text.Tests.Segmentation;

/// <summary>Shortcuts and invariant checks shared by the segmentation tests.</summary>
internal static class Segments
{
    public static IReadOnlyList<Utterance> Of(string text, SegmenterOptions? options = null) =>
        new SentenceSegmenter(options).Split(text);

    public static string[] TextsOf(string text, SegmenterOptions? options = null) =>
        Of(text, options).Select(u => u.Text).ToArray();

    public static SegmenterOptions Max(int length) => new() { MaxUtteranceLength = length };

    /// <summary>
    /// Checks what every split must satisfy: each text is its trimmed range, ranges are ordered
    /// and disjoint, only whitespace lies between them, and every utterance fits the limit.
    /// </summary>
    public static void AssertCoversInput(string text, IReadOnlyList<Utterance> utterances, int maxLength)
    {
        var position = 0;
        foreach (var utterance in utterances)
        {
            var range = utterance.Range;
            Assert.True(range.Start >= position, $"Range {range} overlaps or precedes position {position}.");
            Assert.True(range.Length > 0, $"Empty range {range}.");
            Assert.True(range.Length <= maxLength, $"Range {range} is longer than {maxLength}.");
            Assert.Equal(text.Substring(range.Start, range.Length), utterance.Text);
            Assert.False(char.IsWhiteSpace(utterance.Text[0]), $"Range {range} starts with whitespace.");
            Assert.False(char.IsWhiteSpace(utterance.Text[^1]), $"Range {range} ends with whitespace.");
            AssertWhitespace(text, position, range.Start);
            position = range.End;
        }

        AssertWhitespace(text, position, text.Length);
    }

    private static void AssertWhitespace(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            Assert.True(char.IsWhiteSpace(text[i]), $"Character '{text[i]}' at {i} belongs to no utterance.");
        }
    }
}
