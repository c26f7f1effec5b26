namespace Narrator.Books.ReadAlong;

/// <summary>
/// One utterance of a read-along book: its text, where the text is in the book (the chapter; the block and the range in
/// its text, or none for a title) and the stretch [<see cref="Begin"/>, <see cref="End"/>) of audio file
/// <see cref="Audio"/> (an index into the book's <see cref="ReadAlongAudio"/> list) that speaks it.
/// </summary>
public sealed record ReadAlongClip(int Chapter, string Text, int Audio, TimeSpan Begin, TimeSpan End)
{
    /// <summary>The block of the chapter (index among its blocks, from 0); null for a title.</summary>
    public int? Block { get; init; }

    /// <summary>Where <see cref="Text"/> starts in the block's text.</summary>
    public int Offset { get; init; }

    /// <summary>Its length in the block's text.</summary>
    public int Length { get; init; }
}
