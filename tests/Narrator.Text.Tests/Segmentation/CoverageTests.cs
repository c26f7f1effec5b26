using System.Text;

namespace Narrator.Text.Tests.Segmentation;

/// <summary>
/// The coverage property: whatever the text and limit, utterances are trimmed, ordered, disjoint,
/// fit the limit, and together hold every non-whitespace character of the input exactly once.
/// </summary>
public class CoverageTests
{
    private static readonly string[] Pieces =
    [
        "word", "Word", "the", "and", "which", "Mr.", "e.g.", "U.S.A.", "J.", "3.14", "$3.50", "No. 5",
        "example.com", "jane.doe@example.org", ".", ". ", "...", "…", "?!", "!!!", "?", "!", ",", ";", ":",
        "—", "–", " - ", "\"", "'", "“", "”", "‘", "’", "(", ")", "«", "»", "「", "」", "。", "！", "、",
        "日本語", "Привет", "😀", "a\u0301", "\n", "\n\n", "\r\n", "\r\n\r\n", "  ", "\t", "\u2029", " ",
    ];

    public static TheoryData<int> Limits => new() { 20, 23, 47, 80, 300 };

    [Theory]
    [MemberData(nameof(Limits))]
    public void Split_RandomTexts_CoverEveryCharacterOnce(int limit)
    {
        var segmenter = new SentenceSegmenter(Segments.Max(limit));
        for (var seed = 0; seed < 150; seed++)
        {
            var text = RandomText(new Random(seed));

            var utterances = segmenter.Split(text);

            Segments.AssertCoversInput(text, utterances, limit);
            Assert.Equal(NonWhitespace(text), string.Concat(utterances.Select(u => NonWhitespace(u.Text))));
        }
    }

    [Fact]
    public void Split_RealisticProse_CoversEveryCharacterOnce()
    {
        const string text =
            "  “Mr. Holmes,” said Dr. Watson, “what do you make of it?”\n\n" +
            "Holmes paused... then smiled. \"Elementary!\" he cried; the case, which had baffled " +
            "the police of the U.S.A. and the U.K. for years, was solved at 5 p.m. It cost $3.50.\r\n" +
            "See example.com. 1. Buy milk. J. R. R. Tolkien wrote it—or did he?! 今日は晴れです。\n";

        foreach (var limit in new[] { 20, 40, 300 })
        {
            var utterances = Segments.Of(text, Segments.Max(limit));

            Segments.AssertCoversInput(text, utterances, limit);
            Assert.Equal(NonWhitespace(text), string.Concat(utterances.Select(u => NonWhitespace(u.Text))));
        }
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 120);
        for (var i = 0; i < count; i++)
        {
            if (random.Next(40) == 0)
            {
                builder.Append(new string('z', random.Next(1, 700))); // words longer than any limit
            }
            else
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            if (random.Next(3) > 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static string NonWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
