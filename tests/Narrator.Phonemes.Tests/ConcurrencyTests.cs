namespace Narrator.Phonemes.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
public class ConcurrencyTests
{
    private static readonly string[] Sentences =
    [
        "Hello world. How are you?", "The blorfingly quick fox, I think, jumped.", "Narrator's McAllister-Zyxwv read 42 books!",
        "She sells sea shells; he buys them: cheap.", "Café au lait, s'il vous plaît.", "Numbers like 7 and 9 slipped through.",
    ];

    public static TheoryData<string> Backends => new() { "lexicon", "espeak" };

    [Theory]
    [MemberData(nameof(Backends))]
    public void Phonemize_EightThreads_SameResultsAsSequential(string backend)
    {
        IPhonemizer phonemizer = backend == "lexicon" ? LexiconPhonemizer.CreateDefault() : EspeakPhonemizer.Create();
        var work = Enumerable.Range(0, 96).Select(i => Sentences[i % Sentences.Length]).ToArray();
        var sequential = work.Select(t => phonemizer.Phonemize(t).ToString()).ToArray();

        var parallel = new string[work.Length];
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            for (var i = t; i < work.Length; i += 8)
            {
                parallel[i] = phonemizer.Phonemize(work[i]).ToString();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(sequential, parallel);
    }
}
