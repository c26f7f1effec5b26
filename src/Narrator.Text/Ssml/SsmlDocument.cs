using System.Xml;
using System.Xml.Linq;

namespace Narrator.Text.Ssml;

/// <summary>
/// An SSML document read into the pieces Narrator speaks, in order, with the warnings about what it
/// reads otherwise than asked. The SSML namespace (http://www.w3.org/2001/10/synthesis) is optional.
/// </summary>
public sealed class SsmlDocument
{
    private SsmlDocument(string source, IReadOnlyList<SsmlPiece> pieces, IReadOnlyList<SsmlWarning> warnings)
    {
        Source = source;
        Pieces = pieces;
        Warnings = warnings;
    }

    /// <summary>What the document is called in errors: its file name, or "SSML input".</summary>
    public string Source { get; }

    /// <summary>The document's text in reading order, each piece with its voice, prosody, phonemes and pauses as the elements around it set them.</summary>
    public IReadOnlyList<SsmlPiece> Pieces { get; }

    /// <summary>What the document asks for that Narrator reads otherwise (unknown elements, ignored attributes), with line and column.</summary>
    public IReadOnlyList<SsmlWarning> Warnings { get; }

    /// <summary>Reads <paramref name="ssml"/>; <paramref name="source"/> (a file name) names it in errors.</summary>
    /// <exception cref="SsmlException">The XML is malformed, the root is not <c>speak</c>, or an element's value cannot be read.</exception>
    public static SsmlDocument Parse(string ssml, string source = "SSML input")
    {
        ArgumentNullException.ThrowIfNull(ssml);
        ArgumentNullException.ThrowIfNull(source);
        XDocument xml;
        try
        {
            xml = XDocument.Parse(ssml, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new SsmlException(source, e.LineNumber, e.LinePosition, $"malformed SSML: {Reason(e)}");
        }

        var reader = new SsmlReader(source);
        reader.Read(xml.Root!);
        return new SsmlDocument(source, reader.Pieces, reader.Warnings);
    }

    /// <summary>XmlException's message without the position it appends, which the error already names.</summary>
    private static string Reason(XmlException e)
    {
        var message = e.Message;
        var at = message.IndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
