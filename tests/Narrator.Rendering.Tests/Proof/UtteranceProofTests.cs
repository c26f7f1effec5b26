using Narrator.Rendering.Proof;

namespace Narrator.Rendering.Tests.Proof;

public sealed class UtteranceProofTests
{
    private const int Rate = 16000;
    private const string Sentence = "For the twentieth time that evening the two men shook hands.";

    [Fact]
    public void Problem_ScatteredMishearings_Passes()
    {
        var proof = UtteranceProof.Measure(Sentence, "for a twentieth time that evening the to men shook hands", Speech(3.0), Rate);

        Assert.Null(proof.Problem);
        Assert.Equal(2, proof.Errors.Errors);
    }

    [Fact]
    public void Problem_AnotherSentenceHeard_SaysTheWordsDoNotMatch()
    {
        var proof = UtteranceProof.Measure(Sentence, "and you always want to see it in the superlative degree", Speech(3.0), Rate);

        Assert.StartsWith($"{proof.LongestMismatch} words in a row not heard as written", proof.Problem, StringComparison.Ordinal);
        Assert.True(proof.LongestMismatch >= ProofThresholds.MismatchRun);
    }

    [Fact]
    public void Problem_SilenceInsideTheUtterance_NamesItsLength()
    {
        float[] samples = [.. Speech(1.0), .. new float[(int)(1.5 * Rate)], .. Speech(1.0)];

        var proof = UtteranceProof.Measure(Sentence, "for the twentieth time that evening the two men shook hands", samples, Rate);

        Assert.Equal("a silence of 1.5 s inside it (at most 0.6 s)", proof.Problem);
    }

    [Fact]
    public void Problem_NothingHeard_SaysSo() =>
        Assert.Equal("nothing was heard", UtteranceProof.Measure(Sentence, "", Speech(3.0), Rate).Problem);

    [Fact]
    public void Problem_ShortUtteranceWithItsOneNameMisheard_Passes() =>
        Assert.Null(UtteranceProof.Measure("Thank you, Whittemore.", "thank you with more", Speech(1.0), Rate).Problem);

    /// <summary>A voiced-like signal: a 150 Hz tone with harmonics at speech level, no pauses.</summary>
    private static float[] Speech(double seconds) =>
        Enumerable.Range(0, (int)(seconds * Rate)).Select(i => 0.1f * (MathF.Sin(2 * MathF.PI * 150 * i / Rate) + 0.5f * MathF.Sin(2 * MathF.PI * 300 * i / Rate))).ToArray();
}
