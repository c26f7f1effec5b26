using System.Text;
using Markdig.Syntax.Inlines;

namespace Narrator.Books.Markdown;

/// <summary>Plain text of Markdown inlines: emphasis and links reduced to their text; images, raw HTML and footnote markers dropped.</summary>
internal static class MarkdownInlines
{
    /// <param name="inlines">The inline content of a Markdown block (null: no text).</param>
    /// <param name="protectCode">
    /// Whether the brackets and braces of code spans are kept from being read as voice markup (see
    /// <see cref="MarkdownVoices.Protect"/>); <see cref="MarkdownVoices.Read"/> gives them back.
    /// </param>
    public static string Text(ContainerInline? inlines, bool protectCode = false)
    {
        var text = new StringBuilder();
        Append(inlines, text, protectCode);
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(Inline? inline, StringBuilder text, bool protectCode)
    {
        switch (inline)
        {
            case null:
                return;
            case LinkInline { IsImage: true }:
            case HtmlInline:
            case Markdig.Extensions.Footnotes.FootnoteLink:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                text.Append(protectCode ? MarkdownVoices.Protect(code.Content) : code.Content);
                return;
            case LineBreakInline:
                text.Append(' ');
                return;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                return;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                return;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text, protectCode);
                }

                return;
        }
    }
}
