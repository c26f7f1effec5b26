using System.Text;
using System.Xml.Linq;

namespace Narrator.Books.ReadAlong;

/// <summary>
/// Puts an id on each utterance's text in a manuscript's own XHTML: finds the text (comparing letters and digits
/// only, so that markup, punctuation, whitespace, and a page number or note reference inside a sentence do not stop
/// it) in reading order, and wraps it in a <c>&lt;span id&gt;</c>, splitting inline elements where a sentence starts
/// or ends inside one. A sentence whose text spans blocks is marked by its nearest enclosing element instead.
/// </summary>
internal sealed class SentenceMarker
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "title", "rt", "rp", "svg", "math", "img", "audio", "video", "object", "iframe", "canvas",
        "noscript", "template", "button", "select", "textarea", "figcaption",
    };

    private static readonly HashSet<string> Phrasing = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins",
    };

    private readonly XElement _root;
    private readonly List<(XText Node, int Offset)> _positions = [];
    private readonly StringBuilder _keys = new();
    private readonly HashSet<string> _ids;
    private int _cursor;

    private SentenceMarker(XElement root)
    {
        _root = root;
        _ids = root.DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Index(root);
    }

    public static SentenceMarker For(XDocument document) =>
        new(document.Root!.Elements().FirstOrDefault(e => e.Name.LocalName == "body") ?? document.Root!);

    /// <summary>Letters and digits, lower-cased: what is compared.</summary>
    public static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Where(char.IsLetterOrDigit))
        {
            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }

    /// <summary>Letters a title may lie beyond the previous text: a title the document does not have is not looked for further on.</summary>
    private const int TitleReach = 200;

    /// <summary>
    /// Finds each text after the previous one and marks it with an id made from <paramref name="idStem"/>; the id for
    /// each, or null where a text was not found (nothing is marked for it, and the search goes on from where it was).
    /// A text <paramref name="isTitle"/> says is a title (which may come from the table of contents rather than the
    /// document) is only looked for close to where the search stands, so that the same words later in the text are not
    /// taken for it.
    /// </summary>
    public IReadOnlyList<string?> Mark(IReadOnlyList<string> texts, string idStem, Func<int, bool>? isTitle = null)
    {
        var found = texts.Select((text, i) => Find(text, isTitle?.Invoke(i) == true ? TitleReach : int.MaxValue)).ToList();
        var ids = new string?[texts.Count];

        // From the last to the first: splitting a node or an element leaves every earlier position where it was.
        for (var i = texts.Count - 1; i >= 0; i--)
        {
            if (found[i] is { } range)
            {
                ids[i] = Wrap(range.Start, range.End, UniqueId($"{idStem}{i + 1}"));
            }
        }

        return ids;
    }

    private (int Start, int End)? Find(string text, int reach)
    {
        var key = Key(text);
        if (key.Length == 0)
        {
            return null;
        }

        var keys = _keys.ToString();
        var exact = keys.IndexOf(key, _cursor, StringComparison.Ordinal);
        if (exact >= 0 && exact - _cursor <= reach)
        {
            _cursor = exact + key.Length;
            return (exact, exact + key.Length - 1);
        }

        // Letters the document has and the utterance lacks (a page number, a note reference): a few are let through.
        var budget = Math.Max(6, key.Length / 5);
        var prefix = key[..Math.Min(6, key.Length)];
        var attempts = 0;
        for (var start = keys.IndexOf(prefix, _cursor, StringComparison.Ordinal); start >= 0 && start - _cursor <= reach && attempts++ < 50; start = keys.IndexOf(prefix, start + 1, StringComparison.Ordinal))
        {
            int k = 0, at = start, skipped = 0;
            for (; at < keys.Length && k < key.Length && skipped <= budget; at++)
            {
                if (keys[at] == key[k])
                {
                    k++;
                }
                else
                {
                    skipped++;
                }
            }

            if (k == key.Length)
            {
                _cursor = at;
                return (start, at - 1);
            }
        }

        return null;
    }

    private void Index(XElement element)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                for (var i = 0; i < text.Value.Length; i++)
                {
                    if (char.IsLetterOrDigit(text.Value[i]))
                    {
                        _positions.Add((text, i));
                        _keys.Append(char.ToLowerInvariant(text.Value[i]));
                    }
                }
            }
            else if (node is XElement child && !IsSkipped(child))
            {
                Index(child);
            }
        }
    }

    private static bool IsSkipped(XElement e)
    {
        var type = (string?)e.Attributes().FirstOrDefault(a => a.Name.LocalName == "type" && a.Name.NamespaceName.Length > 0) ?? string.Empty;
        var role = (string?)e.Attribute("role") ?? string.Empty;
        var classes = ((string?)e.Attribute("class") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Skipped.Contains(e.Name.LocalName)
            || type.Contains("pagebreak", StringComparison.OrdinalIgnoreCase)
            || role is "doc-pagebreak"
            || classes.Any(c => c is "pageno" or "pagenum" or "page-number" or "pagenumber");
    }

    /// <summary>Wraps the text from key position <paramref name="first"/> to <paramref name="last"/> (inclusive); returns the id given.</summary>
    private string Wrap(int first, int last, string id)
    {
        var (startNode, startOffset) = _positions[first];
        var (endNode, endOffset) = _positions[last];

        // The sentence's own punctuation goes with it: an opening quote before it, a full stop and closing quote after.
        while (startOffset > 0 && IsPunctuation(startNode.Value[startOffset - 1]))
        {
            startOffset--;
        }

        while (endOffset + 1 < endNode.Value.Length && IsPunctuation(endNode.Value[endOffset + 1]))
        {
            endOffset++;
        }
        var startIsEnd = ReferenceEquals(startNode, endNode);
        Split(endNode, endOffset + 1);
        var start = Split(startNode, startOffset) ?? startNode;
        var end = startIsEnd ? start : endNode;
        XNode from = start, to = end;
        var common = CommonAncestor(start, end);
        from = Lift(from, common, atStart: true);
        to = Lift(to, common, atStart: false);
        var range = Siblings(from, to).ToList();
        if (range.Any(n => n is XElement e && !Phrasing.Contains(e.Name.LocalName)))
        {
            // A sentence across blocks: its nearest enclosing element carries the id.
            if ((string?)common.Attribute("id") is { } existing)
            {
                return existing;
            }

            common.SetAttributeValue("id", id);
            return id;
        }

        var span = new XElement(common.Name.Namespace + "span", new XAttribute("id", id));
        from.AddBeforeSelf(span);
        foreach (var node in range)
        {
            node.Remove();
            span.Add(node);
        }

        return id;
    }

    private static bool IsPunctuation(char c) => !char.IsWhiteSpace(c) && !char.IsLetterOrDigit(c);

    /// <summary>Splits a text node at <paramref name="offset"/>; returns the new node holding the rest, or null when nothing is split off.</summary>
    private static XText? Split(XText node, int offset)
    {
        if (offset <= 0 || offset >= node.Value.Length)
        {
            return null;
        }

        var rest = new XText(node.Value[offset..]);
        node.Value = node.Value[..offset];
        node.AddAfterSelf(rest);
        return rest;
    }

    private static XElement CommonAncestor(XNode a, XNode b)
    {
        var above = a.Ancestors().ToHashSet();
        return b.Ancestors().First(above.Contains);
    }

    /// <summary>
    /// Raises a boundary node to a child of <paramref name="common"/>: an element the range starts (or ends) inside is
    /// split in two there, the second copy without the id, so that the range covers whole children.
    /// </summary>
    private static XNode Lift(XNode node, XElement common, bool atStart)
    {
        while (node.Parent != common)
        {
            var parent = node.Parent!;
            if (atStart && node.PreviousNode is not null)
            {
                var copy = ShallowCopy(parent);
                var moved = Siblings(node, parent.LastNode!).ToList();
                foreach (var n in moved)
                {
                    n.Remove();
                }

                copy.Add(moved);
                parent.AddAfterSelf(copy);
                node = copy;
            }
            else if (!atStart && node.NextNode is not null)
            {
                var copy = ShallowCopy(parent);
                var moved = Siblings(node.NextNode, parent.LastNode!).ToList();
                foreach (var n in moved)
                {
                    n.Remove();
                }

                copy.Add(moved);
                parent.AddAfterSelf(copy);
                node = parent;
            }
            else
            {
                node = parent;
            }
        }

        return node;
    }

    private static XElement ShallowCopy(XElement element) =>
        new(element.Name, element.Attributes().Where(a => a.Name.LocalName != "id" || a.Name.NamespaceName.Length > 0).Select(a => new XAttribute(a)));

    private static IEnumerable<XNode> Siblings(XNode from, XNode to)
    {
        for (var node = from; node is not null; node = node.NextNode)
        {
            yield return node;
            if (ReferenceEquals(node, to))
            {
                yield break;
            }
        }
    }

    private string UniqueId(string wanted)
    {
        var id = wanted;
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = $"{wanted}-{n}";
        }

        return id;
    }
}
