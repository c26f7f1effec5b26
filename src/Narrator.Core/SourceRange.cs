namespace Narrator.Core;

/// <summary>A half-open range of UTF-16 code units in a source text.</summary>
public readonly record struct SourceRange(int Start, int Length)
{
    public int End => Start + Length;

    public static SourceRange FromBounds(int start, int end) => new(start, end - start);

    public SourceRange Offset(int by) => new(Start + by, Length);

    public SourceRange Union(SourceRange other) =>
        FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"[{Start}..{End})";
}
