using System.Globalization;
using System.Text;

namespace Narrator.Core.Unicode;

/// <summary>
/// Unicode canonical decomposition (NFD) for precomposed Latin, Greek and Cyrillic letters, from
/// the embedded table decompositions.txt (see make-decompositions.py). Narrator runs with
/// InvariantGlobalization, where <see cref="string.Normalize()"/> leaves text unchanged.
/// Combining marks already in the text are kept in their order.
/// </summary>
public static class CanonicalDecomposition
{
    private static readonly Lazy<Dictionary<char, string>> Table = new(Load, isThreadSafe: true);

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

    /// <summary>Decomposes and removes every combining mark ("é" → "e").</summary>
    public static string StripMarks(string text) =>
        string.Concat(ToNfd(text).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is not
            (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)));

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
