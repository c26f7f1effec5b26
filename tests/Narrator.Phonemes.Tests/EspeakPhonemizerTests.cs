using System.Diagnostics;
using Narrator.Core.Unicode;

namespace Narrator.Phonemes.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
public class EspeakPhonemizerTests
{
    private static readonly Lazy<EspeakPhonemizer> English = new(() => EspeakPhonemizer.Create("en-us"));

    /// <summary>espeak-ng's command line prints one line of IPA per clause.</summary>
    private static string[] CliClauses(string text, string voice = "en-us")
    {
        var start = new ProcessStartInfo("espeak-ng") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-q", "--ipa", "-v", voice, text })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    [Fact]
    public void Phonemize_AfterAnyCharacterOfTheBasicPlane_EnglishStaysEnglish()
    {
        // Characters of other scripts switch espeak-ng's language; it must not stay switched.
        var expected = English.Value.Phonemize("Hello world.").ToString();
        var leaked = new List<string>();
        for (var c = 0x80; c <= 0xFFFD; c++)
        {
            if (char.IsSurrogate((char)c) || char.IsControl((char)c))
            {
                continue;
            }

            English.Value.Phonemize(((char)c).ToString());
            var after = English.Value.Phonemize("Hello world.").ToString();
            if (after != expected)
            {
                leaked.Add($"U+{c:X4} → {after}");
            }
        }

        Assert.True(leaked.Count == 0, $"{leaked.Count} characters changed later English: {string.Join("; ", leaked.Take(10))}");
    }

    [Theory]
    [InlineData("Hello world. How are you?", ".?")]
    [InlineData("The quick brown fox jumps over the lazy dog.", ".")]
    [InlineData("Yes, I think so; but wait: really!", ",;:!")]
    [InlineData("She sells sea shells by the sea shore", "")]
    public void Phonemize_Sentence_MatchesEspeakCliWithPiperPunctuation(string text, string terminators)
    {
        var clauses = CliClauses(text);
        Assert.Equal(Math.Max(terminators.Length, 1), clauses.Length);
        var expected = string.Join(" ", clauses.Select((c, i) => i < terminators.Length ? c + terminators[i] : c));

        var actual = English.Value.Phonemize(text);

        Assert.Equal(expected, actual.ToString());
    }

    [Fact]
    public void Phonemize_HelloWorld_KeepsPunctuationAsSymbols()
    {
        var symbols = English.Value.Phonemize("Hello world. How are you?").Symbols;

        Assert.Equal(".", symbols[symbols.ToList().IndexOf(".")]);
        Assert.Equal("?", symbols[^1]);
        Assert.Equal(" ", symbols[symbols.ToList().IndexOf(".") + 1]);
    }

    [Fact]
    public void Phonemize_Result_HasOneSymbolPerCodePointAndEmptySeparator()
    {
        var result = English.Value.Phonemize("Thinking, aloud.");

        Assert.Equal("", result.Separator);
        Assert.All(result.Symbols, s => Assert.Single(s.EnumerateRunes()));
        Assert.Equal(result.ToString().EnumerateRunes().Count(), result.Symbols.Count);
    }

    [Fact]
    public void Phonemize_PrecomposedIpa_IsDecomposedToNfd()
    {
        var french = EspeakPhonemizer.Create("fr");

        var result = french.Phonemize("Ça va très bien, garçon.").ToString();

        Assert.DoesNotContain('ç', result);
        Assert.Equal(CanonicalDecomposition.ToNfd(result), result);
    }

    [Fact]
    public void RemoveLanguageFlags_SwitchMarkers_AreRemoved()
    {
        Assert.Equal("ʃɛʁʃe həlˈoʊ", EspeakPhonemizer.RemoveLanguageFlags("(fr)ʃɛʁʃe(en) həlˈoʊ"));
    }

    [Fact]
    public void Phonemize_ForeignWordInEnglish_HasNoLanguageMarkers()
    {
        var result = English.Value.Phonemize("He said déjà vu and café au lait in Москва.").ToString();

        Assert.DoesNotContain('(', result);
        Assert.DoesNotContain(')', result);
    }

    [Fact]
    public void Create_UnknownVoice_ThrowsNamingTheVoice()
    {
        var error = Assert.Throws<PhonemizerException>(() => EspeakPhonemizer.Create("xx-no-such-voice"));

        Assert.Contains("xx-no-such-voice", error.Message, StringComparison.Ordinal);
        Assert.Contains("espeak-ng-data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingLibrary_ThrowsNamingTheDebianPackages()
    {
        var error = Assert.Throws<PhonemizerException>(() => EspeakLibrary.Load(["libespeak-ng-missing.so.99"]));

        Assert.Contains("libespeak-ng1", error.Message, StringComparison.Ordinal);
        Assert.Contains("espeak-ng-data", error.Message, StringComparison.Ordinal);
        Assert.Contains("libespeak-ng-missing.so.99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InitializeFailedMessage_NamesPackagesAndPath()
    {
        var message = EspeakEngine.InitializeFailedMessage("/nowhere/espeak");

        Assert.Contains("/nowhere/espeak", message, StringComparison.Ordinal);
        Assert.Contains("libespeak-ng1", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Phonemize_TwoVoicesInterleaved_EachKeepsItsOwnPronunciation()
    {
        var british = EspeakPhonemizer.Create("en-gb");
        var american = English.Value.Phonemize("water").ToString();

        var fromBritish = british.Phonemize("water").ToString();

        Assert.NotEqual(american, fromBritish);
        Assert.Equal(american, English.Value.Phonemize("water").ToString());
        Assert.Equal(string.Join(" ", CliClauses("water", "en-gb")), fromBritish);
    }
}
