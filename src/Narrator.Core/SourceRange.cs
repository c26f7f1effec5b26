namespace Narrator.Core;

/// <summary>A half-open range of UTF-16 code units in a source text.</summary>
public readonly record struct SourceRange(int Start, int Length)
{
    /// <summary>The index just past the range (<c>Start + Length</c>).</summary>
    public int End => Start + Length;

    /// <summary>The range from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public static SourceRange FromBounds(int start, int end) => new(start, end - start);

    /// <summary>The same range moved <paramref name="by"/> code units (to map a range in a paragraph into its chapter).</summary>
    public SourceRange Offset(int by) => new(Start + by, Length);

    /// <summary>The smallest range that covers both this one and <paramref name="other"/>.</summary>
    public SourceRange Union(SourceRange other) =>
        FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>"[Start..End)", the half-open notation.</summary>
    public override string ToString() => $"[{Start}..{End})";
}
