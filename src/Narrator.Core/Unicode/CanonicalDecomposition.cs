using System.Globalization;
using System.Text;

namespace Narrator.Core.Unicode;

/// <summary>
/// Unicode canonical decomposition (NFD) for precomposed Latin, Greek and Cyrillic letters, from
/// the embedded table decompositions.txt (see make-decompositions.py). <see cref="string.Normalize()"/>
/// depends on the host: it leaves text unchanged under InvariantGlobalization (as the narrator app runs),
/// so the CLI and an embedding app would name files and voices differently.
/// Combining marks already in the text are kept in their order.
/// </summary>
public static class CanonicalDecomposition
{
    private static readonly Lazy<Dictionary<char, string>> Table = new(Load, isThreadSafe: true);
    private static readonly Lazy<Dictionary<string, char>> Compositions = new(Invert, isThreadSafe: true);

    /// <paramref name="text"/> with each precomposed letter the table knows replaced by its base letter and combining marks (NFD), the same on every host.
    public static string ToNfd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = Table.Value;
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (table.TryGetValue(c, out var decomposed)) { builder.Append(decomposed); }
            else { builder.Append(c); }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Canonical composition (NFC) for the same letters: decomposes, then joins each base letter and the
    /// marks after it into the precomposed letter when there is one. Unlike <see cref="string.Normalize()"/>,
    /// the result does not depend on whether the host runs with InvariantGlobalization.
    /// </summary>
    public static string ToNfc(string text)
    {
        var decomposed = ToNfd(text);
        var compositions = Compositions.Value;
        var builder = new StringBuilder(decomposed.Length);
        var i = 0;
        while (i < decomposed.Length)
        {
            var taken = 1;
            var composed = decomposed[i];
            for (var length = Math.Min(MaxDecompositionLength, decomposed.Length - i); length > 1; length--)
            {
                if (compositions.TryGetValue(decomposed.Substring(i, length), out var letter))
                {
                    (composed, taken) = (letter, length);
                    break;
                }
            }

            builder.Append(composed);
            i += taken;
        }

        return builder.ToString();
    }

    /// <summary>Decomposes and removes every combining mark ("é" → "e").</summary>
    public static string StripMarks(string text) =>
        string.Concat(ToNfd(text).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is not
            (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)));

    private const int MaxDecompositionLength = 4;

    /// <summary>
    /// Decomposition → letter. Singletons and decompositions that start with a mark are never composed
    /// (Unicode's composition exclusions); where two letters share a decomposition, the lower code point
    /// is the composed form (U+00C5 rather than U+212B, U+03AC rather than U+1F71).
    /// </summary>
    private static Dictionary<string, char> Invert()
    {
        var compositions = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var (letter, decomposition) in Table.Value.OrderBy(e => e.Key))
        {
            if (decomposition.Length is > 1 and <= MaxDecompositionLength && !IsMark(decomposition[0]))
            {
                compositions.TryAdd(decomposition, letter);
            }
        }

        return compositions;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static Dictionary<char, string> Load()
    {
        const string name = "Narrator.Core.Unicode.decompositions.txt";
        using var stream = typeof(CanonicalDecomposition).Assembly.GetManifestResourceStream(name)
            ?? throw new NarratorException($"The embedded table '{name}' is missing.", ErrorKind.Internal);
        using var reader = new StreamReader(stream);
        var table = new Dictionary<char, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') { continue; }
            var codes = line.Split(' ').Select(h => (char)int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            table[codes[0]] = new string(codes, 1, codes.Length - 1);
        }

        return table;
    }
}
