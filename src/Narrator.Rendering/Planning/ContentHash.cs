using Narrator.Books;

namespace Narrator.Rendering.Planning;

/// <summary>Hashes of what a chapter says, so a changed chapter (and only it) is rendered again.</summary>
internal static class ContentHash
{
    public static string Of(Chapter chapter)
    {
        var text = new System.Text.StringBuilder().Append(chapter.Title).Append('\u001e');
        foreach (var block in chapter.Blocks)
        {
            text.Append((int)block.Kind).Append('\u001f').Append(block.Text).Append('\u001f');
            foreach (var hint in block.Hints)
            {
                text.Append(hint.Start).Append(',').Append(hint.Length).Append(',').Append(hint.Alphabet).Append(',').Append(hint.Phonemes).Append('\u001f');
            }

            text.Append('\u001e');
        }

        return Of(text.ToString());
    }

    public static string Of(string text) => Core.Sha256Hex.Text(text);
}
