using Narrator.Core;
using Narrator.Audio.Mastering;
using Narrator.Rendering.Encoding;

namespace Narrator.Rendering.Tests.Encoding;

[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Collection(FfmpegCollection.Name)]
public sealed class EncodingErrorTests
{
    [Fact]
    public async Task FinishAsync_FfmpegNotExecutable_ErrorSaysItCannotStartAndNamesDebianPackage()
    {
        using var folder = new ScratchFolder();
        var previous = Environment.GetEnvironmentVariable("NARRATOR_FFMPEG");
        File.WriteAllText(folder.File("ffmpeg"), "not a program");
        Environment.SetEnvironmentVariable("NARRATOR_FFMPEG", folder.File("ffmpeg"));
        try
        {
            await using var writer = ChapterAudioWriter.Create(folder.Path, 22050, MasteringOptions.Acx);
            writer.Write(new float[22050]);

            var error = await Assert.ThrowsAsync<RenderException>(() => writer.FinishAsync(folder.File("a.flac"), null, CancellationToken.None));

            Assert.Equal(Core.ErrorKind.BadInput, error.Kind);
            Assert.Contains("cannot start", error.Message, StringComparison.Ordinal);
            Assert.Contains("Debian package 'ffmpeg'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NARRATOR_FFMPEG", previous);
        }
    }

    [Fact]
    public async Task FinishAsync_FfmpegMissing_ErrorNamesDebianPackage()
    {
        using var folder = new ScratchFolder();
        var previous = Environment.GetEnvironmentVariable("NARRATOR_FFMPEG");
        Environment.SetEnvironmentVariable("NARRATOR_FFMPEG", folder.File("no-such-ffmpeg"));
        try
        {
            await using var writer = ChapterAudioWriter.Create(folder.Path, 22050, MasteringOptions.Acx);
            writer.Write(new float[22050]);

            var error = await Assert.ThrowsAsync<RenderException>(() => writer.FinishAsync(folder.File("a.flac"), null, CancellationToken.None));

            Assert.Contains("Debian package 'ffmpeg'", error.Message, StringComparison.Ordinal);
            Assert.Contains("no-such-ffmpeg", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NARRATOR_FFMPEG", previous);
        }

        Assert.Empty(folder.Names());
    }

    [Fact]
    public async Task FinishAsync_OutputFolderUnwritable_ErrorNamesFileAndNoTemporariesLeft()
    {
        using var work = new ScratchFolder();
        using var output = new ScratchFolder();
        File.WriteAllText(output.File("not a folder"), "a file where the output folder should be");
        var target = Path.Combine(output.File("not a folder"), "01 - Chapter.flac");

        await using (var writer = ChapterAudioWriter.Create(work.Path, 44100, MasteringOptions.Acx))
        {
            writer.Write(Enumerable.Range(0, 44100).Select(i => 0.2f * MathF.Sin(i * 0.05f)).ToArray());

            var error = await Assert.ThrowsAnyAsync<NarratorException>(() => writer.FinishAsync(target, Path.ChangeExtension(target, ".mp3"), CancellationToken.None));

            Assert.Contains(target, error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(work.Names());
        Assert.Equal(["not a folder"], output.Names());
    }

    [Fact]
    public async Task FinishAsync_Cancelled_ThrowsAndLeavesNoFiles()
    {
        using var folder = new ScratchFolder();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await using (var writer = ChapterAudioWriter.Create(folder.Path, 22050, MasteringOptions.Acx))
        {
            writer.Write(Enumerable.Range(0, 22050 * 5).Select(i => 0.2f * MathF.Sin(i * 0.05f)).ToArray());

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writer.FinishAsync(folder.File("a.flac"), folder.File("a.mp3"), cancellation.Token));
        }

        Assert.Empty(folder.Names());
    }

    [Fact]
    public async Task MeasureAsync_NotAudio_ErrorNamesFile()
    {
        using var folder = new ScratchFolder();
        var path = folder.File("notes.flac");
        await File.WriteAllTextAsync(path, "not audio at all");

        var error = await Assert.ThrowsAsync<RenderException>(() => LevelReport.MeasureAsync(path, CancellationToken.None));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
