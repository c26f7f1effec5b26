using Narrator.Phonemes.Pronunciation;

namespace Narrator.Synthesis.Tests;

public sealed class SynthesizerPronunciationTests
{
    [Fact]
    public async Task SynthesizeAsync_SpeakPronunciations_ApplyToThatTextOnly()
    {
        using var synthesizer = Synthesizer.Create(new FakeVoice());
        var speak = new SpeakOptions { Pronunciations = [new PronunciationEntry("cat", null, "letters", "dog")] };

        var withEntry = Assert.Single(synthesizer.Prepare("The cat.", speak)).Phonemes.ToString();
        var without = Assert.Single(synthesizer.Prepare("The cat.")).Phonemes.ToString();

        Assert.Contains("dog", withEntry, StringComparison.Ordinal);
        Assert.Contains("cat", without, StringComparison.Ordinal);
        await Task.CompletedTask;
    }
}
