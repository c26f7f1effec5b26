namespace Narrator.Books.ReadAlong;

/// <summary>
/// Writes a read-along EPUB 3: the text highlighted sentence by sentence as the audio plays (EPUB 3 Media Overlays).
/// An EPUB keeps its own documents, with ids added; any other manuscript becomes a new EPUB made from its chapters.
/// </summary>
public static class ReadAlongBook
{
    /// <summary>
    /// Writes <paramref name="outputPath"/> (under a temporary name, renamed when complete) from the book, its MP3 files
    /// and the utterances they speak, in reading order.
    /// </summary>
    /// <exception cref="BookException">The book's documents cannot be read or are not XML.</exception>
    public static ReadAlongResult Write(Book book, IReadOnlyList<ReadAlongAudio> audio, IReadOnlyList<ReadAlongClip> clips, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(clips);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        if (clips.FirstOrDefault(c => c.Audio < 0 || c.Audio >= audio.Count) is { } stray)
        {
            throw new ArgumentException($"The clip \"{stray.Text}\" names audio file {stray.Audio}, but there are {audio.Count}.", nameof(clips));
        }

        if (book.Format == BookFormat.Epub && string.Equals(Path.GetFullPath(book.SourcePath), Path.GetFullPath(outputPath), StringComparison.Ordinal))
        {
            throw new BookException($"{outputPath}: the read-along book would replace the manuscript it is made from; write it elsewhere.");
        }

        return book.Format == BookFormat.Epub
            ? EpubReadAlong.Write(book, audio, clips, outputPath)
            : GeneratedReadAlong.Write(book, audio, clips, outputPath);
    }
}
