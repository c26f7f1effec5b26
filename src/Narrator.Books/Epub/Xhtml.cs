using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Narrator.Books.Epub;

/// <summary>
/// Parses EPUB XHTML with AngleSharp's forgiving HTML parser, keeping source positions. XHTML's
/// self-closed elements (<c>&lt;span id="p12"/&gt;</c>, <c>&lt;a id="x"/&gt;</c>) are opened and closed
/// first: an HTML parser would otherwise wrap the following text in them. Lines are unchanged.
/// </summary>
internal static partial class Xhtml
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    public static IHtmlDocument Parse(string source)
    {
        var fixedSource = SelfClosed().Replace(source, m => Void.Contains(m.Groups[1].Value) ? m.Value : $"<{m.Groups[1].Value}{m.Groups[2].Value}></{m.Groups[1].Value}>");
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        return parser.ParseDocument(fixedSource);
    }

    public static int LineOf(IElement? element) => element?.SourceReference?.Position.Line ?? 1;

    /// <summary>The whitespace-separated tokens of <c>epub:type</c> (lower case).</summary>
    public static string[] Types(IElement element) =>
        (element.GetAttribute("epub:type") ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    public static string Role(IElement element) => (element.GetAttribute("role") ?? "").ToLowerInvariant();

    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"<([A-Za-z][\w:.-]*)((?:\s[^<>]*?)?)/>")]
    private static partial Regex SelfClosed();
}
