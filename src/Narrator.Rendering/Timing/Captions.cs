using System.Globalization;
using System.Text;

namespace Narrator.Rendering.Timing;

/// <summary>WebVTT captions: one file per chapter file, a cue per utterance at its exact time range.</summary>
internal static class Captions
{
    /// <summary>Writes <c>captions/&lt;file name&gt;.vtt</c> beside each of the chapter's files; returns their paths.</summary>
    public static List<string> Write(RenderFolder folder, ChapterTimings timings)
    {
        var paths = new List<string>();
        Directory.CreateDirectory(folder.Captions);
        for (var part = 1; part <= timings.Files.Count; part++)
        {
            var text = new StringBuilder("WEBVTT\n");
            var cue = 0;
            foreach (var utterance in timings.Utterances.Where(u => u.Part == part && u.End > u.Start))
            {
                text.Append(CultureInfo.InvariantCulture, $"\n{++cue}\n{Time(timings.Seconds(utterance.Start))} --> {Time(timings.Seconds(utterance.End))}\n{Escape(utterance.Text)}\n");
            }

            var path = Path.Combine(folder.Captions, Path.GetFileNameWithoutExtension(timings.Files[part - 1].Lossless) + ".vtt");
            Core.IO.AtomicFile.WriteAllText(path, text.ToString());
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Removes caption files that are not among <paramref name="current"/> (those of chapters renamed or gone).</summary>
    public static void RemoveOthers(RenderFolder folder, IReadOnlyCollection<string> current)
    {
        var keep = current.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.EnumerateFiles(folder.Captions, "*.vtt").Where(f => !keep.Contains(Path.GetFullPath(f))).ToList())
        {
            File.Delete(stale);
        }
    }

    private static string Time(double seconds)
    {
        var ms = (long)Math.Round(seconds * 1000);
        return string.Create(CultureInfo.InvariantCulture, $"{ms / 3_600_000:00}:{ms / 60_000 % 60:00}:{ms / 1000 % 60:00}.{ms % 1000:000}");
    }

    /// <summary>Cue text on one line, with the characters WebVTT reserves escaped.</summary>
    private static string Escape(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
