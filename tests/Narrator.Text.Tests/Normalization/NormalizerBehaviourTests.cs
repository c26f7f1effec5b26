using Narrator.Core;

namespace Narrator.Text.Tests.Normalization;

public sealed class NormalizerBehaviourTests
{
    private readonly TextNormalizer normalizer = new();

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\"()[]\"")]
    [InlineData("\U0001F600\U0001F389")]
    public void Normalize_NothingSpeakable_ReturnsNoWords(string text)
    {
        var result = normalizer.Normalize(text);

        Assert.DoesNotContain(result.Tokens, t => t.Kind == SpokenTokenKind.Word);
    }

    [Fact]
    public void Normalize_EmptyInput_ReturnsZeroTokens() => Assert.Empty(normalizer.Normalize(string.Empty).Tokens);

    [Fact]
    public void Normalize_PunctuationOnly_ReturnsNoTokensBeforeAnyWord() => Assert.Empty(normalizer.Normalize("... ?! --").Tokens);

    [Fact]
    public void Normalize_Emoji_IsDroppedAndWordsKept() =>
        Assert.Equal("i love it", Spoken.Of("I \u2764\uFE0F love it \U0001F600"));

    [Fact]
    public void Normalize_OtherScripts_PassThroughAsWords()
    {
        var words = normalizer.Normalize("Он сказал 東京 café").Tokens.Select(t => t.Text);

        Assert.Equal(["Он", "сказал", "東京", "café"], words);
    }

    [Fact]
    public void Normalize_Currency_AllWordsMapToWholeAmount()
    {
        const string source = "It costs $3.50 today.";
        var result = normalizer.Normalize(source);

        var amount = result.Tokens.Where(t => t.Text is "three" or "dollars" or "fifty" or "cents").ToList();
        Assert.Equal(4, amount.Count);
        Assert.All(amount, t => Assert.Equal("$3.50", Slice(source, t.Source)));
    }

    [Theory]
    [InlineData("Born in 1984, he left.", "nineteen", "1984")]
    [InlineData("Ask Dr. Smith now", "doctor", "Dr.")]
    [InlineData("Run 5 km daily", "kilometers", "5 km")]
    [InlineData("Henry VIII died", "eighth", "VIII")]
    [InlineData("Hello, world", "world", "world")]
    [InlineData("Mail jane@example.org today", "at", "jane@example.org")]
    public void Normalize_Word_KeepsRangeOfItsSource(string source, string word, string expectedSource)
    {
        var token = normalizer.Normalize(source).Tokens.First(t => t.Text == word);

        Assert.Equal(expectedSource, Slice(source, token.Source));
    }

    [Fact]
    public void Normalize_Punctuation_KeptForProsody()
    {
        var marks = normalizer.Normalize("Wait, what? Yes; no: maybe! End — really.").Tokens
            .Where(t => t.Kind == SpokenTokenKind.Punctuation).Select(t => t.Text);

        Assert.Equal([",", "?", ";", ":", "!", ",", "."], marks);
    }

    [Fact]
    public void Normalize_Abbreviation_DoesNotEndSentence()
    {
        var result = normalizer.Normalize("Mr. Smith left.");

        Assert.Equal(["mister", "Smith", "left", "."], result.Tokens.Select(t => t.Text));
    }

    [Fact]
    public void Normalize_EtcAtSentenceEnd_KeepsFullStop()
    {
        var texts = normalizer.Normalize("Apples, pears, etc. Then more.").Tokens.Select(t => t.Text).ToList();

        Assert.Equal(".", texts[texts.IndexOf("cetera") + 1]);
    }

    [Fact]
    public void Normalize_LongInput_CompletesWithEveryWord()
    {
        var sentence = "On July 4, 1776, Mr. Smith paid $3.50 for 5 km of rope at 3:45 pm (see https://example.com). ";
        var source = string.Concat(Enumerable.Repeat(sentence, 20_000 / sentence.Length + 1))[..20_000];

        var result = normalizer.Normalize(source);

        Assert.True(result.Tokens.Count(t => t.Text == "mister") >= 200);
        Assert.All(result.Tokens, t => Assert.InRange(t.Source.End, 1, source.Length));
    }

    [Fact]
    public void Normalize_LongRunWithoutSpaces_Completes()
    {
        var source = string.Concat(Enumerable.Repeat("a.b,1-", 20_000 / 6));

        var result = normalizer.Normalize(source);

        Assert.Contains(result.Tokens, t => t.Text == "b");
    }

    [Fact]
    public void Normalize_NullText_Throws() => Assert.Throws<ArgumentNullException>(() => normalizer.Normalize(null!));

    [Fact]
    public void Normalize_ExtraPronounceableAcronym_ReadAsWord()
    {
        var custom = new TextNormalizer(new NormalizerOptions { PronounceableAcronyms = ["GAAP"] });

        Assert.Equal("gaap rules", Spoken.Canonical(custom.Normalize("GAAP rules").Spoken));
    }

    [Fact]
    public void Normalize_ReadUrlSchemeOn_SpellsSchemeAndWww()
    {
        var custom = new TextNormalizer(new NormalizerOptions { ReadUrlScheme = true });

        Assert.Equal("see h t t p s colon slash slash w w w dot example dot com", Spoken.Canonical(custom.Normalize("see https://www.example.com").Spoken));
    }

    private static string Slice(string source, SourceRange range) => source.Substring(range.Start, range.Length);
}
