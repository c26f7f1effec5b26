using Narrator.Text.Ssml;

namespace Narrator.Text.Tests.Ssml;

public sealed class SsmlDocumentTests
{
    [Fact]
    public void Parse_UnclosedElement_NamesLineAndColumn()
    {
        var error = Assert.Throws<SsmlException>(() => SsmlDocument.Parse("<speak>\n  <p>Hello\n</speak>", "chapter.ssml"));

        Assert.Equal(3, error.Line);
        Assert.Equal(3, error.Column);
        Assert.StartsWith("chapter.ssml: line 3, column 3: malformed SSML", error.Message, StringComparison.Ordinal);
        Assert.Equal("chapter.ssml", error.Input);
    }

    [Fact]
    public void Parse_RootIsNotSpeak_IsAnError()
    {
        var error = Assert.Throws<SsmlException>(() => SsmlDocument.Parse("<p>Hello</p>"));

        Assert.Contains("SSML input: line 1, column 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("<speak>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadBreakTime_NamesTheElementsPlace()
    {
        var error = Assert.Throws<SsmlException>(() => SsmlDocument.Parse("<speak>Wait\n<break time=\"two seconds\"/> now.</speak>"));

        Assert.Equal((2, 2), (error.Line, error.Column));
        Assert.Contains("2s or 500ms", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("time=\"2s\"", 2000)]
    [InlineData("time=\"250ms\"", 250)]
    [InlineData("time=\"1.5s\"", 1500)]
    [InlineData("strength=\"none\"", 0)]
    [InlineData("strength=\"x-weak\"", 100)]
    [InlineData("strength=\"weak\"", 200)]
    [InlineData("strength=\"medium\"", 350)]
    [InlineData("", 350)]
    [InlineData("strength=\"strong\"", 700)]
    [InlineData("strength=\"x-strong\"", 1200)]
    [InlineData("strength=\"weak\" time=\"3s\"", 3000)]
    public void Parse_Break_SetsThePauseAfterThePieceBefore(string attributes, int milliseconds)
    {
        var document = SsmlDocument.Parse($"<speak>Hello <break {attributes}/> world.</speak>");

        Assert.Equal(["Hello", "world."], document.Pieces.Select(p => p.Text));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), document.Pieces[0].Break);
        Assert.Null(document.Pieces[1].Break);
    }

    [Fact]
    public void Parse_ParagraphsAndSentences_EndPiecesWithTheirBoundary()
    {
        var document = SsmlDocument.Parse("<speak><p><s>One.</s><s>Two.</s></p><p>Three.</p></speak>");

        Assert.Equal(["One.", "Two.", "Three."], document.Pieces.Select(p => p.Text));
        Assert.Equal([SsmlBoundary.Sentence, SsmlBoundary.Paragraph, SsmlBoundary.Paragraph], document.Pieces.Select(p => p.Boundary));
    }

    [Fact]
    public void Parse_SsmlNamespace_IsReadLikeNoNamespace()
    {
        var document = SsmlDocument.Parse("<speak version=\"1.1\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"en-US\"><s>Hi <emphasis>there</emphasis>.</s></speak>");

        Assert.Equal(["Hi", "there", "."], document.Pieces.Select(p => p.Text));
        Assert.Empty(document.Warnings);
        Assert.Equal("SSML input", document.Source);
    }

    [Fact]
    public void Parse_NestedProsody_CombinesRatesPitchesAndVolumes()
    {
        var document = SsmlDocument.Parse("<speak><prosody rate=\"slow\" pitch=\"+2st\"><prosody rate=\"50%\" volume=\"-6dB\">deep</prosody></prosody></speak>");

        var piece = Assert.Single(document.Pieces);
        Assert.Equal(0.4f, piece.Prosody.Rate, 3);
        Assert.Equal(2f, piece.Prosody.Pitch, 3);
        Assert.Equal(-6f, piece.Prosody.VolumeDb, 3);
    }

    [Fact]
    public void Parse_Emphasis_IsSlowerAndLouder()
    {
        var piece = SsmlDocument.Parse("<speak>It is <emphasis level=\"strong\">mine</emphasis>.</speak>").Pieces[1];

        Assert.Equal("mine", piece.Text);
        Assert.True(piece.Prosody.Rate < 1f);
        Assert.True(piece.Prosody.VolumeDb > 0f);
    }

    [Fact]
    public void Parse_VoiceAndPhonemeAndSub_GiveVoicePronunciationAndAlias()
    {
        var document = SsmlDocument.Parse(
            "<speak><voice name=\"slt\">I am <phoneme alphabet=\"ipa\" ph=\"təˈmɑːtoʊ\">tomato</phoneme> from <sub alias=\"World Wide Web Consortium\">W3C</sub>.</voice></speak>");

        var piece = Assert.Single(document.Pieces);
        Assert.Equal("slt", piece.Voice);
        Assert.Equal("I am tomato from World Wide Web Consortium.", piece.Text);
        Assert.Equal(new SsmlPhoneme("tomato", "ipa", "təˈmɑːtoʊ"), Assert.Single(piece.Phonemes));
    }

    [Fact]
    public void Parse_ArpabetPhoneme_KeepsItsAlphabet()
    {
        var piece = Assert.Single(SsmlDocument.Parse("<speak><phoneme alphabet=\"x-arpabet\" ph=\"N AA1 R EY0 T ER0\">Narrator</phoneme></speak>").Pieces);

        Assert.Equal(new SsmlPhoneme("Narrator", "x-arpabet", "N AA1 R EY0 T ER0"), Assert.Single(piece.Phonemes));
    }

    [Fact]
    public void Parse_UnknownElement_IsSpokenWithAWarningNamingItsPlace()
    {
        var document = SsmlDocument.Parse("<speak>Say\n  <whisper>quietly</whisper> please.</speak>");

        Assert.Equal("Say\n  quietly please.", Assert.Single(document.Pieces).Text);
        var warning = Assert.Single(document.Warnings);
        Assert.Equal("line 2, column 4: unknown element <whisper>: its text is spoken as plain text.", warning.ToString());
    }

    [Fact]
    public void Parse_Audio_SpeaksItsFallbackWithAWarning()
    {
        var document = SsmlDocument.Parse("<speak><audio src=\"bell.wav\"><desc>a bell</desc>Ding.</audio></speak>");

        Assert.Equal("Ding.", Assert.Single(document.Pieces).Text);
        Assert.Contains("<audio> is not played", Assert.Single(document.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OtherLanguage_IsWarnedEnglishVariantsAreNot()
    {
        var document = SsmlDocument.Parse("<speak xml:lang=\"en-GB\">Colour <lang xml:lang=\"fr-FR\">bonjour</lang></speak>");

        Assert.Contains("xml:lang=\"fr-FR\" is not English", Assert.Single(document.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LeadingBreak_IsAPieceOfSilence()
    {
        var piece = SsmlDocument.Parse("<speak><break time=\"1s\"/>Then.</speak>").Pieces[0];

        Assert.Equal(string.Empty, piece.Text);
        Assert.Equal(TimeSpan.FromSeconds(1), piece.Break);
    }
}
