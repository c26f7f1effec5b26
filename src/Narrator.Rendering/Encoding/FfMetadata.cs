using System.Globalization;
using System.Text;

namespace Narrator.Rendering.Encoding;

/// <summary>Writes ffmpeg's FFMETADATA1 text: global tags and chapters in milliseconds.</summary>
internal static class FfMetadata
{
    public static string Build(AudiobookMetadata metadata, IReadOnlyList<(string Title, long StartMs, long EndMs)> chapters)
    {
        var text = new StringBuilder(";FFMETADATA1\n");
        Tag(text, "title", metadata.Title);
        Tag(text, "album", metadata.Title);
        Tag(text, "artist", metadata.Author);
        Tag(text, "album_artist", metadata.Author);
        Tag(text, "genre", "Audiobook");
        if (metadata.Narrator is { Length: > 0 } narrator)
        {
            Tag(text, "composer", narrator);
        }

        var comment = metadata.Disclosure ?? (metadata.Narrator is { Length: > 0 } name ? "Narrated by " + name : null);
        foreach (var (key, value) in metadata.Tags)
        {
            if (key == "comment")
            {
                comment = comment is null ? value : $"{comment.TrimEnd('.')}. {value}";
                continue;
            }

            Tag(text, key, value);
        }

        if (comment is not null)
        {
            Tag(text, "comment", comment);
        }

        if (metadata.Cast is { Length: > 0 } cast)
        {
            Tag(text, "description", cast);
        }

        if (metadata.Year is { } year)
        {
            Tag(text, "date", year.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var (title, start, end) in chapters)
        {
            text.Append("[CHAPTER]\nTIMEBASE=1/1000\n")
                .Append(CultureInfo.InvariantCulture, $"START={start}\nEND={end}\n");
            Tag(text, "title", title);
        }

        return text.ToString();
    }

    /// <summary>Escapes the characters FFMETADATA gives meaning to: = ; # \ and newline.</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value.ReplaceLineEndings("\n"))
        {
            if (c is '=' or ';' or '#' or '\\' or '\n')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }

    private static void Tag(StringBuilder text, string key, string value) =>
        text.Append(key).Append('=').Append(Escape(value)).Append('\n');
}
