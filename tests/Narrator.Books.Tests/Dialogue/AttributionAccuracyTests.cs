using System.Globalization;
using Narrator.Books.Dialogue;
using Narrator.Testing;
using Xunit.Abstractions;

namespace Narrator.Books.Tests.Dialogue;

/// <summary>
/// Attribution measured against speakers assigned by hand (tests/fixtures/dialogue/speakers.tsv) on the shared
/// Sherlock Holmes and Alice texts. The floors are the figures measured when the rules were written, rounded down.
/// </summary>
[Trait("Tier", "integration")]
[Trait("Needs", "shared-data")]
public sealed class AttributionAccuracyTests(ITestOutputHelper output)
{
    private const double PrecisionFloor = 0.90;
    private const double AttributedFloor = 0.80;

    private static readonly string Labels = Path.Combine(AppContext.BaseDirectory, "fixtures", "dialogue", "speakers.tsv");

    [SharedDataFact("books/pg1661_the_adventures_of_sherlock_holmes.txt")]
    public void Attribution_HandLabelledLines_MostAreAttributedAndRightly()
    {
        var labels = File.ReadLines(Labels).Where(l => l.Length > 0 && l[0] != '#').Select(Label.Parse).ToList();
        var speech = labels.Select(l => l.Book).Distinct().ToDictionary(b => b, b => BookSpeech.Find(BookReader.Read(Path.Combine(TestFiles.SharedBooks, b))));
        var attributed = 0;
        var right = 0;
        foreach (var label in labels)
        {
            var block = speech[label.Book].Chapters[label.Chapter - 1].Blocks[label.Block - 1];
            Assert.True(Flat(block.Block.Text).StartsWith(label.FirstWords, StringComparison.Ordinal), $"{label}: the block now reads '{block.Block.Text[..Math.Min(60, block.Block.Text.Length)]}'");
            var speaker = block.Spans.Where(s => s.Kind == SpeechKind.Dialogue).MaxBy(s => s.Text.Length)?.Speaker;
            attributed += speaker is null ? 0 : 1;
            right += speaker is not null && label.Speakers.Contains(speaker) ? 1 : 0;
            if (speaker is not null && !label.Speakers.Contains(speaker))
            {
                output.WriteLine($"wrong: {label} -> {speaker}");
            }
        }

        var precision = (double)right / attributed;
        var fraction = (double)attributed / labels.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{labels.Count} lines, {attributed} attributed ({fraction:P1}), {right} rightly (precision {precision:P1})"));
        Assert.True(precision >= PrecisionFloor, string.Create(CultureInfo.InvariantCulture, $"precision {precision:P1} < {PrecisionFloor:P0}"));
        Assert.True(fraction >= AttributedFloor, string.Create(CultureInfo.InvariantCulture, $"attributed {fraction:P1} < {AttributedFloor:P0}"));
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record Label(string Book, int Chapter, int Block, string[] Speakers, string FirstWords)
    {
        public static Label Parse(string line)
        {
            var fields = line.Split('\t');
            return new Label(fields[0], int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[2], CultureInfo.InvariantCulture), fields[3].Split('|'), fields[4]);
        }

        public override string ToString() => $"{Book} chapter {Chapter} block {Block} ({string.Join('|', Speakers)})";
    }
}
