using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Narrator.Books.ReadAlong;

/// <summary>
/// One EPUB 3 Media Overlay document (SMIL): a <c>&lt;par&gt;</c> per utterance of one content document, pointing at
/// the utterance's element and the stretch of audio that speaks it. Times are whole milliseconds; the overlay's
/// duration is the sum of its clips, as <c>media:duration</c> wants it.
/// </summary>
internal sealed class MediaOverlay
{
    public static readonly XNamespace Smil = "http://www.w3.org/ns/SMIL";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    private readonly List<(string Id, string AudioEntry, long BeginMs, long EndMs)> _pars = [];

    public MediaOverlay(string entry, string textEntry)
    {
        Entry = entry;
        TextEntry = textEntry;
    }

    /// <summary>The overlay's path inside the EPUB.</summary>
    public string Entry { get; }

    /// <summary>The content document it synchronizes.</summary>
    public string TextEntry { get; }

    public int Count => _pars.Count;

    public TimeSpan Duration => TimeSpan.FromMilliseconds(_pars.Sum(p => p.EndMs - p.BeginMs));

    /// <summary>Adds an utterance; one shorter than a millisecond has nothing to play and is left out.</summary>
    public void Add(string id, string audioEntry, TimeSpan begin, TimeSpan end)
    {
        long beginMs = (long)Math.Round(begin.TotalMilliseconds), endMs = (long)Math.Round(end.TotalMilliseconds);
        if (endMs > beginMs)
        {
            _pars.Add((id, audioEntry, beginMs, endMs));
        }
    }

    public byte[] Serialize()
    {
        var body = new XElement(Smil + "body");
        var n = 0;
        foreach (var (id, audio, begin, end) in _pars)
        {
            body.Add(new XElement(
                Smil + "par",
                new XAttribute("id", $"par{++n}"),
                new XElement(Smil + "text", new XAttribute("src", Href(Entry, TextEntry) + "#" + id)),
                new XElement(Smil + "audio", new XAttribute("src", Href(Entry, audio)), new XAttribute("clipBegin", Clock(begin)), new XAttribute("clipEnd", Clock(end)))));
        }

        var smil = new XElement(Smil + "smil", new XAttribute(XNamespace.Xmlns + "epub", Ops), new XAttribute("version", "3.0"), body);
        return new UTF8Encoding(false).GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + smil.ToString() + "\n");
    }

    /// <summary>A SMIL full clock value, h:mm:ss.fff.</summary>
    public static string Clock(TimeSpan time) => Clock((long)Math.Round(time.TotalMilliseconds));

    private static string Clock(long ms) => string.Create(CultureInfo.InvariantCulture, $"{ms / 3_600_000}:{ms / 60_000 % 60:00}:{ms / 1000 % 60:00}.{ms % 1000:000}");

    /// <summary>The href from one entry of the EPUB to another, each path segment escaped.</summary>
    public static string Href(string fromEntry, string toEntry)
    {
        var from = fromEntry.Split('/')[..^1];
        var to = toEntry.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        var up = Enumerable.Repeat("..", from.Length - common);
        return string.Join('/', up.Concat(to[common..].Select(Uri.EscapeDataString)));
    }
}
