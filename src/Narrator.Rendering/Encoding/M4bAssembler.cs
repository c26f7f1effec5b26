using System.Globalization;
using System.Text;
using Narrator.Audio;
using Narrator.Core.IO;

namespace Narrator.Rendering.Encoding;

/// <summary>
/// Joins chapter files into one M4B audiobook: AAC 96 kbps, 44.1 kHz mono, one chapter marker per
/// file at its exact start (counted on decoded samples, or taken from <see cref="M4bChapter.Samples"/>
/// where the render already counted them), book tags and the cover picture. Chapters that all come
/// already encoded (<see cref="M4bChapter.AacPath"/>) are joined as they are: their ADTS streams are
/// copied one after another, each starting with its encoder's 1,024-sample priming, which the marks
/// count; the concat list gives each its exact length, since ffmpeg would estimate an ADTS file's from
/// its bit rate and leave gaps. The book is written under a temporary name and renamed when complete.
/// </summary>
public static class M4bAssembler
{
    /// <summary>The audio settings of the M4B (ffmpeg arguments), which a chapter's own AAC must have been encoded with.</summary>
    public static IReadOnlyList<string> AacSettings { get; } = ["-c:a", "aac", "-b:a", "96k", "-ar", "44100", "-ac", "1"];

    /// <summary>Assembles <paramref name="chapters"/>, in order, into the M4B at <paramref name="outputPath"/> tagged with <paramref name="metadata"/>.</summary>
    /// <exception cref="RenderException">ffmpeg is missing or fails; the message carries its error.</exception>
    public static async Task AssembleAsync(IReadOnlyList<M4bChapter> chapters, AudiobookMetadata metadata, string outputPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        if (chapters.Count == 0)
        {
            throw new RenderException($"{outputPath}: a book needs at least one chapter.");
        }

        var encoded = chapters.All(c => c.AacPath is { } aac && File.Exists(aac));
        var marks = new List<(string Title, long StartMs, long EndMs)>();
        var lengths = new List<double>();
        long samples = 0;
        var rate = 0;
        foreach (var chapter in chapters)
        {
            var (count, sampleRate) = encoded ? AdtsLength.Measure(chapter.AacPath!)
                : chapter is { Samples: > 0, SampleRate: > 0 } && File.Exists(chapter.FilePath) ? (chapter.Samples, chapter.SampleRate)
                : await DecodedLength.MeasureAsync(chapter.FilePath, cancellationToken).ConfigureAwait(false);
            rate = rate == 0 ? sampleRate : rate;
            if (sampleRate != rate)
            {
                throw new RenderException($"{chapter.FilePath}: {sampleRate} Hz, but the book's first chapter is at {rate} Hz; master all chapters at one rate.");
            }

            marks.Add((chapter.Title, samples * 1000 / rate, (samples + count) * 1000 / rate));
            lengths.Add((double)count / rate);
            samples += count;
        }

        using var output = PendingFile.Create(outputPath);
        var stem = Path.Combine(Path.GetDirectoryName(output.FinalPath)!, $".{Path.GetFileNameWithoutExtension(output.FinalPath)}.{Environment.ProcessId}");
        var listPath = stem + ".concat.txt";
        var metadataPath = stem + ".ffmetadata.txt";
        var coverPath = stem + ".cover" + CoverExtension(metadata.CoverMediaType);
        try
        {
            await File.WriteAllTextAsync(listPath, ConcatList(chapters, encoded ? lengths : null), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(metadataPath, FfMetadata.Build(metadata, marks), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            var cover = metadata.Cover is { Length: > 0 } bytes;
            if (cover)
            {
                await File.WriteAllBytesAsync(coverPath, metadata.Cover!.Value, cancellationToken).ConfigureAwait(false);
            }

            var arguments = Arguments(listPath, encoded, metadataPath, cover ? coverPath : null, output.TemporaryPath);
            await FfmpegProcess.RunAsync(FfmpegTool.Ffmpeg, arguments, $"Assembling {output.FinalPath}", null, cancellationToken).ConfigureAwait(false);
            metadata.Provenance?.Embed(output.TemporaryPath);
            output.Commit();
        }
        catch (IOException e)
        {
            throw new RenderException($"Cannot write {output.FinalPath}: {e.Message}", inner: e);
        }
        finally
        {
            File.Delete(listPath);
            File.Delete(metadataPath);
            File.Delete(coverPath);
        }
    }

    /// <summary>ffmpeg's arguments: the chapters of the concat <paramref name="list"/>, copied when they are <paramref name="encoded"/> AAC, else encoded.</summary>
    private static List<string> Arguments(string list, bool encoded, string metadata, string? cover, string output)
    {
        var arguments = new List<string> { "-hide_banner", "-nostdin", "-y", "-f", "concat", "-safe", "0", "-i", list, "-i", metadata };
        if (cover is not null)
        {
            arguments.AddRange(["-i", cover]);
        }

        arguments.AddRange(["-map", "0:a", "-map_metadata", "1", "-map_chapters", "1"]);
        arguments.AddRange(encoded ? ["-c:a", "copy", "-bsf:a", "aac_adtstoasc"] : AacSettings);
        if (cover is not null)
        {
            arguments.AddRange(["-map", "2:v", "-c:v", "copy", "-disposition:v:0", "attached_pic"]);
        }

        arguments.AddRange(["-f", "ipod", output]);
        return arguments;
    }

    /// <summary>The concat list: each chapter's master, or (given their <paramref name="lengths"/> in seconds) its AAC.</summary>
    private static string ConcatList(IReadOnlyList<M4bChapter> chapters, List<double>? lengths)
    {
        var text = new StringBuilder("ffconcat version 1.0\n");
        for (var i = 0; i < chapters.Count; i++)
        {
            var path = lengths is null ? chapters[i].FilePath : chapters[i].AacPath!;
            text.Append("file '").Append(Path.GetFullPath(path).Replace("'", "'\\''", StringComparison.Ordinal)).Append("'\n");
            if (lengths is not null)
            {
                text.Append("duration ").Append(lengths[i].ToString("0.000000", CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string CoverExtension(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        "image/jpeg" or "image/jpg" => ".jpg",
        _ => ".png",
    };
}
