using Narrator.Books;
using Narrator.Books.ReadAlong;
using Narrator.Core.IO;
using Narrator.Rendering.Encoding;

namespace Narrator.Rendering.Timing;

/// <summary>
/// Makes the read-along EPUB 3 of a render: the book's text with each utterance synchronized to where it is in the
/// chapter audio (the MP3 of each chapter file, made from its master when the render kept none), as the timings say.
/// </summary>
internal static class ReadAlongExport
{
    public static async Task<ReadAlongResult> WriteAsync(Book book, RenderFolder folder, IReadOnlyList<TimedChapter> chapters, CancellationToken cancellationToken)
    {
        var audio = new List<ReadAlongAudio>();
        var clips = new List<ReadAlongClip>();
        foreach (var (chapter, state, timings) in chapters.Where(c => c.Chapter.Source is not null))
        {
            var first = audio.Count;
            for (var part = 0; part < timings.Files.Count; part++)
            {
                var mp3 = state.Files[part].Mp3 is { } made && File.Exists(folder.Absolute(made))
                    ? folder.Absolute(made)
                    : await Mp3Async(folder, folder.Absolute(timings.Files[part].Lossless), cancellationToken).ConfigureAwait(false);
                audio.Add(new ReadAlongAudio(mp3, TimeSpan.FromSeconds(timings.Seconds(timings.Files[part].Samples))));
            }

            clips.AddRange(timings.Utterances
                .Where(u => u.Kind != UtteranceKind.Credits && u.End > u.Start)
                .Select(u => new ReadAlongClip(chapter.Source!.Index, u.Text, first + u.Part - 1, TimeSpan.FromSeconds(timings.Seconds(u.Start)), TimeSpan.FromSeconds(timings.Seconds(u.End)))
                {
                    Block = u.Block,
                    Offset = u.Offset ?? 0,
                    Length = u.Length ?? 0,
                }));
        }

        return ReadAlongBook.Write(book, audio, clips, folder.ReadAlongPath(book.Title));
    }

    /// <summary>An MP3 of a master in the work folder (a render without MP3s still gets audio a reading system plays).</summary>
    private static async Task<string> Mp3Async(RenderFolder folder, string flac, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder.Work, "read-along", Path.GetFileNameWithoutExtension(flac) + ".mp3");
        using var output = PendingFile.Create(path);
        await ChapterEncoder.Mp3FromFlacAsync(flac, output, cancellationToken).ConfigureAwait(false);
        output.Commit();
        return path;
    }
}
