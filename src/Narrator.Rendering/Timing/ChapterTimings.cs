namespace Narrator.Rendering.Timing;

/// <summary>
/// Where every utterance of a chapter lies in its mastered files (<c>timings/NN - Title.json</c> in the render folder):
/// what proof-listening, read-along EPUB 3 overlays and captions stand on. Sample positions count the samples of the
/// FLAC master as decoded, room tone, pauses and split parts included.
/// </summary>
public sealed class ChapterTimings
{
    /// <summary>The version of the timings file this Narrator writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The file's version.</summary>
    public int Version { get; set; } = CurrentVersion;

    /// <summary>The chapter's index, from 1.</summary>
    public int Chapter { get; set; }

    /// <summary>The chapter's title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The chapter's render hash when these timings were made: they describe the files while it matches.</summary>
    public string RenderHash { get; set; } = string.Empty;

    /// <summary>The masters' sample rate in Hz.</summary>
    public int SampleRate { get; set; }

    /// <summary>The chapter's files (one unless it was split), in order; an utterance's <see cref="UtteranceTiming.Part"/> counts from 1 here.</summary>
    public List<TimedFile> Files { get; set; } = [];

    /// <summary>Every utterance of the chapter, in reading order.</summary>
    public List<UtteranceTiming> Utterances { get; set; } = [];

    /// <summary>The timings file at <paramref name="path"/> (a render folder's <c>timings/NN - Title.json</c>); a missing, unreadable or other-version file is a <see cref="RenderException"/> naming it.</summary>
    public static ChapterTimings Load(string path) => TimingsFile.Load(path);

    /// <summary>A sample position in seconds.</summary>
    public double Seconds(long sample) => SampleRate > 0 ? (double)sample / SampleRate : 0;
}
