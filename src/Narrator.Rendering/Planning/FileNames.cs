using System.Globalization;
using System.Text;
using Narrator.Core.Unicode;

namespace Narrator.Rendering.Planning;

/// <summary>Safe, readable file names: "03 - Down the Rabbit-Hole".</summary>
internal static class FileNames
{
    private const int MaxTitleLength = 60;

    public static string Stem(int index, string title, int digits) =>
        index.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0') + " - " + Safe(title, "Chapter " + index.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Drops characters that are not allowed (or awkward) in file names on any common system. Letters are
    /// composed (NFC) by Narrator's own table, so the CLI and an application with or without
    /// InvariantGlobalization name a chapter's files alike.
    /// </summary>
    public static string Safe(string title, string fallback)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var c in CanonicalDecomposition.ToNfc(title))
        {
            if (char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|')
            {
                builder.Append(c == ':' ? " -" : " ");
                continue;
            }

            builder.Append(c);
        }

        var safe = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (safe.Length > MaxTitleLength)
        {
            safe = safe[..MaxTitleLength].TrimEnd('.', ' ');
        }

        return safe.Length == 0 ? fallback : safe;
    }
}
