using System.Text.Json;
using Narrator.Rendering.State;

namespace Narrator.Rendering.Timing;

/// <summary>Reads and writes a chapter's timings, always whole (a temporary file renamed over the old one).</summary>
internal static class TimingsFile
{
    public static void Save(string path, ChapterTimings timings) => Core.IO.AtomicFile.WriteAllText(path, RenderStateStore.Serialize(timings));

    /// <summary>The timings in <paramref name="path"/>; a missing, unreadable or other-version file is a <see cref="RenderException"/> naming it.</summary>
    public static ChapterTimings Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new RenderException($"{path}: no such timings file.");
        }

        try
        {
            var timings = RenderStateStore.Deserialize<ChapterTimings>(File.ReadAllText(path));
            return timings is { Version: ChapterTimings.CurrentVersion }
                ? timings
                : throw new RenderException($"{path}: timings of version {timings?.Version}, not {ChapterTimings.CurrentVersion}; this Narrator cannot read them.");
        }
        catch (JsonException e)
        {
            throw new RenderException($"{path}: the timings are not readable ({e.Message}).", inner: e);
        }
    }

    /// <summary>The timings in <paramref name="path"/> when they describe the render with <paramref name="renderHash"/>; null otherwise.</summary>
    public static ChapterTimings? TryLoadCurrent(string path, string renderHash)
    {
        try
        {
            return File.Exists(path) && Load(path) is { } timings && timings.RenderHash == renderHash ? timings : null;
        }
        catch (RenderException)
        {
            return null;
        }
    }
}
