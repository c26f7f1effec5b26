using System.Text.Json;
using Narrator.Audio;
using Narrator.Rendering.Encoding;
using Narrator.Rendering.Planning;
using Narrator.Rendering.State;

namespace Narrator.Rendering.Timing;

/// <summary>
/// Loads the timings of rendered chapters and checks that they still describe the chapter files: recorded by this
/// version, of the same render, with every file present and of the length the timings give. Each problem is an
/// error naming the chapter, the file and what to do; nothing is changed or deleted.
/// </summary>
internal static class TimedChapters
{
    public static async Task<List<TimedChapter>> LoadAsync(RenderFolder folder, IEnumerable<(PlannedChapter Chapter, ChapterState State)> chapters, CancellationToken cancellationToken)
    {
        var list = chapters.ToList();
        var timings = await LoadAsync(folder, list.Select(c => c.State), cancellationToken).ConfigureAwait(false);
        return list.Zip(timings, (c, t) => new TimedChapter(c.Chapter, c.State, t)).ToList();
    }

    /// <summary>The timings of <paramref name="chapters"/>, in order, checked as <see cref="LoadAsync(RenderFolder, IEnumerable{ValueTuple{PlannedChapter, ChapterState}}, CancellationToken)"/> says.</summary>
    public static async Task<List<ChapterTimings>> LoadAsync(RenderFolder folder, IEnumerable<ChapterState> chapters, CancellationToken cancellationToken)
    {
        var timed = new List<ChapterTimings>();
        var problems = new List<string>();
        foreach (var state in chapters)
        {
            var name = $"Chapter {state.Index} \"{state.Title}\"";
            if (state.Status != ChapterStatus.Done)
            {
                problems.Add($"{name} is not rendered yet.");
                continue;
            }

            if (state.Timings is null)
            {
                problems.Add($"{name} was rendered by an earlier version of Narrator, which kept no utterance timings: render the book into a new folder, or move this chapter's files out of {folder.Relative(folder.Chapters)}/ to have it rendered again.");
                continue;
            }

            var path = folder.Absolute(state.Timings);
            if (!File.Exists(path))
            {
                problems.Add($"{name}: its timings file {state.Timings} is missing; move the chapter's files out of {folder.Relative(folder.Chapters)}/ to have it rendered again.");
                continue;
            }

            ChapterTimings timings;
            try
            {
                timings = TimingsFile.Load(path);
            }
            catch (RenderException e)
            {
                problems.Add($"{name}: {e.Message}");
                continue;
            }

            if (timings.RenderHash != state.RenderedHash || !timings.Files.Select(f => f.Lossless).SequenceEqual(state.Files.Select(f => f.Lossless), StringComparer.Ordinal))
            {
                problems.Add($"{name}: {state.Timings} describes another render of the chapter than its files in render.json.");
                continue;
            }

            foreach (var file in timings.Files)
            {
                var lossless = folder.Absolute(file.Lossless);
                if (!File.Exists(lossless))
                {
                    problems.Add($"{name}: its file {file.Lossless} is missing; run narrate again to render it.");
                }
                else if (await SamplesAsync(lossless, cancellationToken).ConfigureAwait(false) is var samples && samples != file.Samples)
                {
                    problems.Add($"{name}: {file.Lossless} has {samples} samples, but its timings describe {file.Samples}: the file was edited after it was rendered, so the timings no longer hold.");
                }
            }

            timed.Add(timings);
        }

        return problems.Count == 0
            ? timed
            : throw new RenderException($"{folder.Root}: {string.Join(" ", problems)} Nothing was changed.");
    }

    /// <summary>The FLAC's exact length in samples, from its stream header.</summary>
    private static async Task<long> SamplesAsync(string flac, CancellationToken cancellationToken)
    {
        string[] arguments = ["-v", "error", "-select_streams", "a:0", "-show_entries", "stream=duration_ts", "-of", "json", flac];
        var (output, _) = await FfmpegProcess.RunAsync(FfmpegTool.Ffprobe, arguments, $"Reading the length of {flac}", null, cancellationToken).ConfigureAwait(false);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("streams").EnumerateArray().Select(s => s.TryGetProperty("duration_ts", out var d) ? d.GetInt64() : -1).FirstOrDefault(-1);
    }
}
