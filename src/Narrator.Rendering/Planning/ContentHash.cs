using System.Globalization;
using Narrator.Books;

namespace Narrator.Rendering.Planning;

/// <summary>Hashes of what a chapter says, so a changed chapter (and only it) is rendered again.</summary>
internal static class ContentHash
{
    public static string Of(Chapter chapter)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in chapter.PartTitles)
        {
            text.Append(part).Append('\u001d');
        }

        text.Append(chapter.Title).Append('\u001e');
        foreach (var block in chapter.Blocks)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(int)block.Kind}\u001f{block.Text}\u001f");
            if (block.Language is { } language)
            {
                text.Append(CultureInfo.InvariantCulture, $"lang={language}\u001f");
            }

            foreach (var hint in block.Hints)
            {
                text.Append(CultureInfo.InvariantCulture, $"{hint.Start},{hint.Length},{hint.Alphabet},{hint.Phonemes}\u001f");
            }

            text.Append('\u001e');
        }

        return Of(text.ToString());
    }

    public static string Of(string text) => Core.Sha256Hex.Text(text);
}
