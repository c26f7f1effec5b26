using System.Globalization;

namespace Narrator.Rendering.Planning;

/// <summary>Which chapters to render: "3-5", "1,4,7-9", or all of them.</summary>
public sealed class ChapterSelection
{
    private readonly HashSet<int>? _chapters;

    private ChapterSelection(HashSet<int>? chapters)
    {
        _chapters = chapters;
    }

    /// <summary>Every chapter.</summary>
    public static ChapterSelection All { get; } = new(null);

    /// <summary>Whether this selects every chapter.</summary>
    public bool IsAll => _chapters is null;

    /// <summary>Whether chapter <paramref name="index"/> (from 1) is selected.</summary>
    public bool Contains(int index) => _chapters?.Contains(index) ?? true;

    /// <summary>Parses a list of chapter numbers and ranges, checked against the book's chapter count.</summary>
    public static ChapterSelection Parse(string? text, int chapterCount)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return All;
        }

        var chapters = new HashSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            var first = Number(dash < 0 ? part : part[..dash], text);
            var last = dash < 0 ? first : Number(part[(dash + 1)..], text);
            if (first < 1 || last > chapterCount || first > last)
            {
                throw new RenderException($"--chapters {text}: '{part}' is outside the book's chapters 1-{chapterCount}.");
            }

            for (var i = first; i <= last; i++)
            {
                chapters.Add(i);
            }
        }

        return new ChapterSelection(chapters);
    }

    private static int Number(string text, string whole) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RenderException($"--chapters {whole}: '{text}' is not a chapter number (use e.g. 3-5 or 1,4,7-9).");
}
