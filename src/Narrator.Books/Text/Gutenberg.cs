namespace Narrator.Books.Text;

/// <summary>
/// Project Gutenberg wrapping: the header up to "*** START OF THE/THIS PROJECT GUTENBERG EBOOK …" and the
/// licence from "*** END OF …" (or "End of the Project Gutenberg EBook") on are cut; the header's
/// "Title:" and "Author:" lines give the metadata.
/// </summary>
internal static class Gutenberg
{
    public static (int Start, int End, string? Title, string? Author, string? Language) Strip(IReadOnlyList<string> lines)
    {
        int start = 0, end = lines.Count;
        string? title = null, author = null, language = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (start == 0 && IsMarker(line, "START OF"))
            {
                for (var h = 0; h < i; h++)
                {
                    title ??= Value(lines[h], "Title:");
                    author ??= Value(lines[h], "Author:");
                    language ??= Value(lines[h], "Language:");
                }

                start = i + 1;
            }
            else if (IsMarker(line, "END OF") || line.StartsWith("End of the Project Gutenberg", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("End of Project Gutenberg", StringComparison.OrdinalIgnoreCase))
            {
                end = i;
                break;
            }
        }

        return (start, end, title, author, language);
    }

    private static bool IsMarker(string line, string what) =>
        line.StartsWith("***", StringComparison.Ordinal)
        && line.TrimStart('*', ' ').StartsWith(what, StringComparison.OrdinalIgnoreCase)
        && line.Contains("PROJECT GUTENBERG", StringComparison.OrdinalIgnoreCase);

    private static string? Value(string line, string key) =>
        line.StartsWith(key, StringComparison.OrdinalIgnoreCase) && line[key.Length..].Trim() is { Length: > 0 } value ? value : null;
}
