using System.Xml.Linq;
using Narrator.Books.ReadAlong;

namespace Narrator.Books.Tests.ReadAlong;

public sealed class SentenceMarkerTests
{
    [Fact]
    public void Mark_SentencesInOneParagraph_EachGetsASpanWithItsPunctuation()
    {
        var (document, ids) = Mark("<p>\"Oh dear!\" said the Rabbit. It ran\n   off.</p>", "\"Oh dear!\" said the Rabbit.", "It ran off.");

        Assert.Equal(["nr-s1", "nr-s2"], ids);
        Assert.Equal("<p><span id=\"nr-s1\">\"Oh dear!\" said the Rabbit.</span> <span id=\"nr-s2\">It ran\n   off.</span></p>", Body(document));
    }

    [Fact]
    public void Mark_SentenceStartingInsideAnInlineElement_SplitsTheElementAndKeepsItsIdOnce()
    {
        var (document, ids) = Mark("<p>First one. <i id=\"x\" class=\"c\">Second starts here. Third</i> ends here.</p>", "First one.", "Second starts here.", "Third ends here.");

        Assert.Equal(["nr-s1", "nr-s2", "nr-s3"], ids);
        Assert.Equal(
            "<p><span id=\"nr-s1\">First one.</span> <i id=\"x\" class=\"c\"><span id=\"nr-s2\">Second starts here.</span> </i><span id=\"nr-s3\"><i class=\"c\">Third</i> ends here.</span></p>",
            Body(document));
    }

    [Fact]
    public void Mark_PageNumberInsideASentence_IsSkippedAndTheSentenceStillFound()
    {
        var (document, ids) = Mark("<p>So very <a id=\"Page_4\" class=\"pageno\">[Pg 4]</a>much out of the way.</p><p>Next.</p>", "So very much out of the way.", "Next.");

        Assert.Equal(["nr-s1", "nr-s2"], ids);
        Assert.Contains("<span id=\"nr-s1\">So very <a id=\"Page_4\" class=\"pageno\">[Pg 4]</a>much out of the way.</span>", Body(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Mark_TextNotInTheDocument_IsLeftUnmarkedAndTheNextIsStillFound()
    {
        var (_, ids) = Mark("<p>One. Two.</p>", "One.", "Not here at all.", "Two.");

        Assert.Equal(["nr-s1", null, "nr-s3"], ids);
    }

    [Fact]
    public void Mark_SentenceAcrossTwoParagraphs_MarksTheirCommonParent()
    {
        var (document, ids) = Mark("<div><p>Half a</p><p>sentence.</p></div>", "Half a sentence.");

        Assert.Equal(["nr-s1"], ids);
        Assert.Equal("<div id=\"nr-s1\"><p>Half a</p><p>sentence.</p></div>", Body(document));
    }

    [Fact]
    public void Mark_TitleTheDocumentLacks_IsNotTakenFromTheSameWordsFurtherOn()
    {
        var long_ = string.Join(' ', Enumerable.Repeat("The keeper climbed the hundred steps of the tower.", 6));
        var document = XhtmlFile.Parse($"<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>{long_}</p><p>The storm came.</p></body></html>", "test");

        var ids = SentenceMarker.For(document).Mark(["The Storm", long_, "The storm came."], "nr-s", i => i == 0);

        Assert.Equal([null, "nr-s2", "nr-s3"], ids);
    }

    [Fact]
    public void WithoutNameAnchors_Epub2Anchor_BecomesAnId()
    {
        var document = XhtmlFile.Parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p><a name=\"ch1\"></a><a id=\"x\" name=\"y\"></a>Text</p></body></html>", "test");

        var xml = XhtmlFile.WithoutNameAnchors(document).ToString(SaveOptions.DisableFormatting);

        Assert.Contains("<a id=\"ch1\"></a><a id=\"x\"></a>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Mark_IdAlreadyInTheDocument_IsNotReused()
    {
        var (_, ids) = Mark("<p id=\"nr-s1\">One.</p>", "One.");

        Assert.Equal(["nr-s1-2"], ids);
    }

    private static (XDocument Document, IReadOnlyList<string?> Ids) Mark(string body, params string[] texts)
    {
        var document = XhtmlFile.Parse($"<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>{body}</body></html>", "test");
        return (document, SentenceMarker.For(document).Mark(texts, "nr-s"));
    }

    private static string Body(XDocument document) =>
        string.Concat(document.Root!.Elements().Single(e => e.Name.LocalName == "body").Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))
            .Replace(" xmlns=\"http://www.w3.org/1999/xhtml\"", string.Empty, StringComparison.Ordinal);
}
