using System.Text;

namespace Narrator.Text.Tests.Normalization;

/// <summary>Compares spoken text with the checker's leniency: case, hyphens (read as spaces), punctuation and "and" are ignored.</summary>
internal static class Spoken
{
    private static readonly TextNormalizer Normalizer = new();

    public static string Of(string text, TextContext context = TextContext.Body) =>
        Canonical(Normalizer.Normalize(text, context).Spoken);

    public static string Canonical(string words)
    {
        var builder = new StringBuilder();
        foreach (var c in words.ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '\'' ? c : ' ');
        }

        var kept = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "and");
        return string.Join(' ', kept);
    }
}
