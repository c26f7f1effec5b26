using System.Text;
using System.Text.RegularExpressions;

namespace Narrator.Books.Markdown;

/// <summary>
/// Voices named inline in a Markdown paragraph with Pandoc's attribute syntax: a bracketed span <c>[Who is
/// there?]{voice=slt}</c> gives its text to a voice, and attributes closing the paragraph (<c>… the end. {voice=slt}</c>)
/// give it the whole paragraph (a span inside it keeps its own). Names with spaces are quoted
/// (<c>{voice="the Queen"}</c>); ids and classes may stand beside (<c>{.aside voice=slt}</c>). The markup is taken
/// out of the text, so it is never read aloud; braces that name no voice are left as they are, and markup written
/// inside a code span (<c>`{voice=slt}`</c>) is text, not direction.
/// </summary>
internal static partial class MarkdownVoices
{
    /// <summary>What <see cref="Protect"/> swaps in a code span, and for what (the same place in <see cref="Protected"/>).</summary>
    private const string Marks = "[]{}";

    private const string Protected = "\uE000\uE001\uE002\uE003";

    /// <summary>
    /// <paramref name="text"/> (a paragraph's plain text) without its voice markup, the passages it directs, and the
    /// markup that directs nothing (attributes after neither a span nor the paragraph's end), which is dropped.
    /// </summary>
    public static (string Text, List<VoiceDirection> Voices, List<string> Stray) Read(string text)
    {
        var (plain, voices, stray) = Directions(text);
        return (Restore(plain), voices, stray.Select(Restore).ToList());
    }

    /// <summary>
    /// A code span's text with its brackets and braces swapped for private-use characters of the same length, so that
    /// <c>`[x]{voice=slt}`</c> written as code is text, never direction; <see cref="Read"/> swaps them back.
    /// </summary>
    public static string Protect(string code)
    {
        var chars = code.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var at = Marks.IndexOf(chars[i], StringComparison.Ordinal);
            chars[i] = at >= 0 ? Protected[at] : chars[i];
        }

        return new string(chars);
    }

    private static string Restore(string text)
    {
        if (text.AsSpan().IndexOfAny(Protected) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var at = Protected.IndexOf(chars[i], StringComparison.Ordinal);
            chars[i] = at >= 0 ? Marks[at] : chars[i];
        }

        return new string(chars);
    }

    private static (string Text, List<VoiceDirection> Voices, List<string> Stray) Directions(string text)
    {
        var stray = new List<string>();
        if (!text.Contains("voice", StringComparison.Ordinal))
        {
            return (text, [], stray);
        }

        string? paragraphVoice = null;
        // Attributes right after a closing bracket belong to that span, even at the paragraph's end.
        var end = Trailing().Match(text);
        var closesSpan = end.Success && end.Value[0] == '{' && end.Index > 0 && text[end.Index - 1] == ']';
        if (end.Success && !closesSpan && VoiceOf(end.Groups["attributes"].Value) is { } whole)
        {
            paragraphVoice = whole;
            text = text[..end.Index];
        }

        var output = new StringBuilder();
        var spans = new List<VoiceDirection>();
        var at = 0;
        foreach (Match match in Markup().Matches(text))
        {
            if (VoiceOf(match.Groups["attributes"].Value) is not { } voice)
            {
                continue;
            }

            output.Append(text, at, match.Index - at);
            if (match.Groups["span"].Success)
            {
                var inner = match.Groups["span"].Value;
                spans.Add(new VoiceDirection(output.Length, inner.Length, voice));
                output.Append(inner);
            }
            else
            {
                stray.Add(match.Value);
            }

            at = match.Index + match.Length;
        }

        output.Append(text, at, text.Length - at);
        var (plain, map) = Collapse(output.ToString());
        var moved = spans.Select(s => Moved(output, map, s)).OfType<VoiceDirection>().ToList();
        return (plain, paragraphVoice is null ? moved : Around(moved, plain.Length, paragraphVoice), stray);
    }

    /// <summary>
    /// <paramref name="raw"/> with runs of spaces (left where markup was taken out) made one and its ends trimmed, and
    /// where each of its non-space characters lands.
    /// </summary>
    private static (string Plain, int[] Map) Collapse(string raw)
    {
        var plain = new StringBuilder(raw.Length);
        var map = new int[raw.Length];
        var space = false;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == ' ')
            {
                space = plain.Length > 0;
                continue;
            }

            if (space)
            {
                plain.Append(' ');
                space = false;
            }

            map[i] = plain.Length;
            plain.Append(raw[i]);
        }

        return (plain.ToString(), map);
    }

    /// <summary>A span's place in the collapsed text, from its first to its last non-space character; null when it has none.</summary>
    private static VoiceDirection? Moved(StringBuilder raw, int[] map, VoiceDirection span)
    {
        var first = span.Start;
        var last = span.Start + span.Length - 1;
        while (first <= last && raw[first] == ' ')
        {
            first++;
        }

        while (last >= first && raw[last] == ' ')
        {
            last--;
        }

        return first > last ? null : new VoiceDirection(map[first], map[last] + 1 - map[first], span.Voice);
    }

    /// <summary>The spans, and the paragraph's voice over everything between them.</summary>
    private static List<VoiceDirection> Around(List<VoiceDirection> spans, int length, string paragraphVoice)
    {
        var all = new List<VoiceDirection>();
        var from = 0;
        foreach (var span in spans.Append(new VoiceDirection(length, 0, paragraphVoice)))
        {
            if (span.Start > from)
            {
                all.Add(new VoiceDirection(from, span.Start - from, paragraphVoice));
            }

            if (span.Length > 0)
            {
                all.Add(span);
            }

            from = span.Start + span.Length;
        }

        return all;
    }

    /// <summary>The voice an attribute list names, or null when it names none or is not an attribute list at all.</summary>
    private static string? VoiceOf(string attributes)
    {
        string? voice = null;
        var at = 0;
        foreach (Match token in Attribute().Matches(attributes))
        {
            if (attributes[at..token.Index].Trim().Length > 0)
            {
                return null;
            }

            if (token.Groups["key"].Value == "voice")
            {
                voice = token.Groups["value"].Value.Trim('"', '\'').Trim();
            }

            at = token.Index + token.Length;
        }

        return attributes[at..].Trim().Length == 0 && voice is { Length: > 0 } ? voice : null;
    }

    [GeneratedRegex(@"\s*\{(?<attributes>[^{}]*)\}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"(\[(?<span>[^\[\]]*)\])?\{(?<attributes>[^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"(?<key>[A-Za-z][\w-]*)=(?<value>""[^""]*""|'[^']*'|[^\s""']+)|[#.][\w-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
