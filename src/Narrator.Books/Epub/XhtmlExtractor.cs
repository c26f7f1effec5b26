using AngleSharp.Dom;
using Narrator.Books.Assembly;

namespace Narrator.Books.Epub;

/// <summary>
/// Turns one XHTML document into blocks: h1–h6 → Heading, p → Paragraph/Dialogue, li/dt/dd → ListItem,
/// blockquote → BlockQuote, footnotes → Footnote items. Dropped: scripts, styles, images, SVG, MathML,
/// figure captions (they describe pictures the listener cannot see), page-break markers and footnote
/// references. <c>ssml:ph</c> attributes become pronunciation hints over the element's text, and <c>data-voice</c>
/// gives the element's text (a whole paragraph, or a span of one) to the voice it names.
/// </summary>
internal sealed class XhtmlExtractor
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "title", "img", "svg", "math", "figcaption", "audio", "video", "object", "iframe",
        "canvas", "map", "noscript", "template", "button", "input", "select", "textarea", "rt", "rp",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "header", "footer", "main", "body", "nav", "figure", "table", "thead", "tbody",
        "tfoot", "tr", "ol", "ul", "dl", "hr", "pre", "address", "hgroup", "details", "summary", "caption", "center",
    };

    private static readonly HashSet<string> NoteTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "footnote", "endnote", "rearnote", "note", "footnotes", "endnotes", "rearnotes",
    };

    private readonly TextBuffer _buffer = new();
    private readonly List<ContentItem> _items = [];
    private readonly string _file;
    private readonly IReadOnlySet<string> _anchors;
    private static readonly HashSet<string> NoteClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "footnote", "footnotes", "endnote", "endnotes", "fn", "footnote-text", "rearnote",
    };

    private readonly bool _readFootnotes;
    private string? _language;
    private string? _voice;

    private XhtmlExtractor(string file, IReadOnlySet<string> anchors, bool readFootnotes)
    {
        _file = file;
        _anchors = anchors;
        _readFootnotes = readFootnotes;
    }

    public static List<ContentItem> Extract(IElement body, string file, IReadOnlySet<string> anchors, bool readFootnotes)
    {
        var extractor = new XhtmlExtractor(file, anchors, readFootnotes) { _language = body.ParentElement is { } root ? Language(root) : null };
        extractor.Visit(body, BlockKind.Paragraph);
        extractor.Flush(BlockKind.Paragraph);
        return extractor._items;
    }

    private void Walk(IElement element, BlockKind kind)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                _buffer.Append(text.Data, Xhtml.LineOf(element), _language, _voice);
            }
            else if (child is IElement e)
            {
                Visit(e, kind);
            }
        }
    }

    private void Visit(IElement e, BlockKind kind)
    {
        var (outerLanguage, outerVoice) = (_language, _voice);
        _language = Language(e) ?? outerLanguage;
        _voice = e.GetAttribute("data-voice") is { } voice && voice.Trim().Length > 0 ? voice.Trim() : outerVoice;
        try
        {
            VisitElement(e, kind);
        }
        finally
        {
            (_language, _voice) = (outerLanguage, outerVoice);
        }
    }

    /// <summary>The language an element declares for its text: <c>xml:lang</c>, else <c>lang</c>.</summary>
    private static string? Language(IElement e) =>
        (e.GetAttribute("xml:lang") ?? e.GetAttribute("lang")) is { Length: > 0 } language ? language.Trim() : null;

    private void VisitElement(IElement e, BlockKind kind)
    {
        var name = e.LocalName;
        if (e.Id is { } id && _anchors.Contains(id))
        {
            Flush(kind);
            _items.Add(new ContentItem(null, Anchor: id));
        }

        if (IsDropped(e))
        {
            AnchorsInside(e, kind);
            return;
        }

        if (IsFootnote(e) && kind != BlockKind.Footnote)
        {
            Flush(kind);
            if (_readFootnotes)
            {
                Walk(e, BlockKind.Footnote);
                Flush(BlockKind.Footnote);
            }
            else
            {
                AnchorsInside(e, kind);
            }

            return;
        }

        var inner = kind == BlockKind.Footnote ? kind : name switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
            "li" or "dt" or "dd" => BlockKind.ListItem,
            "blockquote" => BlockKind.BlockQuote,
            "p" when kind == BlockKind.Paragraph => BlockKind.Paragraph,
            _ => kind,
        };
        var isBlock = inner != kind || Blocks.Contains(name) || name is "p" or "li" or "dt" or "dd" or "blockquote" || name.Length == 2 && name[0] == 'h' && char.IsDigit(name[1]);
        if (isBlock)
        {
            Flush(kind);
            Walk(e, inner);
            Flush(inner);
            return;
        }

        if (name is "br" or "td" or "th")
        {
            _buffer.Space();
        }

        var phonemes = e.GetAttribute("ssml:ph");
        var start = _buffer.Mark;
        Walk(e, kind);
        if (phonemes is not null)
        {
            _buffer.AddHint(start, phonemes, Alphabet(e));
        }

        if (name is "td" or "th")
        {
            _buffer.Space();
        }
    }

    private void Flush(BlockKind kind)
    {
        if (_buffer.Take(kind, _file) is { } block)
        {
            _items.Add(new ContentItem(block, IsFootnote: kind == BlockKind.Footnote));
        }
    }

    /// <summary>A chapter may start at an anchor inside something dropped (a page-break marker, say).</summary>
    private void AnchorsInside(IElement e, BlockKind kind)
    {
        foreach (var inner in e.QuerySelectorAll("[id]").Where(i => _anchors.Contains(i.Id!)))
        {
            Flush(kind);
            _items.Add(new ContentItem(null, Anchor: inner.Id));
        }
    }

    private static bool IsDropped(IElement e)
    {
        if (Dropped.Contains(e.LocalName))
        {
            return true;
        }

        var types = Xhtml.Types(e);
        var role = Xhtml.Role(e);
        var classes = e.ClassList;
        return types.Any(t => t is "pagebreak" or "noteref" or "backlink" or "annoref")
            || role is "doc-pagebreak" or "doc-noteref" or "doc-backlink"
            || classes.Any(c => c is "pageno" or "pagenum" or "page-number" or "pagenumber")
            || IsNoteReference(e);
    }

    /// <summary><c>&lt;sup&gt;&lt;a href="#fn1"&gt;1&lt;/a&gt;&lt;/sup&gt;</c>, <c>&lt;a href="#n2"&gt;[2]&lt;/a&gt;</c>, <c>&lt;a href="notes.xhtml#n3"&gt;&lt;sup&gt;*&lt;/sup&gt;&lt;/a&gt;</c>.</summary>
    private static bool IsNoteReference(IElement e)
    {
        var link = e.LocalName == "a" ? e : e.LocalName == "sup" && e.Children.Length == 1 && e.Children[0].LocalName == "a" ? e.Children[0] : null;
        if (link?.GetAttribute("href") is not { } href || !href.Contains('#', StringComparison.Ordinal))
        {
            return false;
        }

        var text = link.TextContent.Trim().Trim('[', ']', '(', ')');
        var marker = text.Length is > 0 and <= 4 && text.All(c => char.IsDigit(c) || c is '*' or '†' or '‡' or '§' || (char.IsLetter(c) && text.Length == 1 && char.IsLower(c)));
        return marker && (e.LocalName == "sup" || link.QuerySelector("sup") is not null || link.ParentElement?.LocalName == "sup" || link.TextContent.Trim().StartsWith('['));
    }

    // EPUB 3 marks notes with epub:type or role; EPUB 2 books, and many converters, only with a class.
    private static bool IsFootnote(IElement e) =>
        e.LocalName == "aside" || Xhtml.Types(e).Any(NoteTypes.Contains) || Xhtml.Role(e) is "doc-footnote" or "doc-endnote" or "doc-endnotes"
        || (e.LocalName is "div" or "section" or "p" or "li" or "ol" or "ul" or "dl" && e.ClassList.Any(c => NoteClasses.Contains(c)));

    private static string Alphabet(IElement e)
    {
        for (var node = e; node is not null; node = node.ParentElement)
        {
            if (node.GetAttribute("ssml:alphabet") is { Length: > 0 } alphabet)
            {
                return alphabet;
            }
        }

        return "ipa";
    }
}
