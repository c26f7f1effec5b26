using System.Globalization;
using System.Text;
using Narrator.Core.Unicode;

namespace Narrator.Voices;

/// <summary>Voice ids: the display name as lower-case ASCII words joined by hyphens, made unique with -2, -3….</summary>
public static class VoiceSlug
{
    /// <paramref name="name"/> as lower-case ASCII words (accents dropped) joined by hyphens.
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder();
        foreach (var c in CanonicalDecomposition.ToNfd(name))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "voice" : slug;
    }

    /// <summary>The slug of <paramref name="name"/>, or the first of slug-2, slug-3… that <paramref name="taken"/> does not hold.</summary>
    public static string Unique(string name, Func<string, bool> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var slug = Of(name);
        if (!taken(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            if (!taken(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>Whether <paramref name="id"/> is a slug: non-empty and its own slug.</summary>
    public static bool IsValid(string id) => id.Length > 0 && id == Of(id);
}
