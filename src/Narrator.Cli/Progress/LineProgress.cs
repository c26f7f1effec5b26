using System.Diagnostics;
using System.Globalization;
using Narrator.Rendering;
using Narrator.Rendering.Planning;

namespace Narrator.Cli.Progress;

/// <summary>Progress as one line per event, for logs and pipes.</summary>
internal sealed class LineProgress : IRenderProgress
{
    private readonly TextWriter _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private double _total;
    private double _done;

    public LineProgress(TextWriter error)
    {
        _error = error;
    }

    public void Started(RenderPlan plan, IReadOnlyList<PlannedChapter> toRender)
    {
        _total = toRender.Sum(c => c.EstimatedSeconds);
        var current = plan.Chapters.Count - toRender.Count;
        Write($"{plan.Title}: {toRender.Count} of {plan.Chapters.Count} chapters to render ({current} current or not selected), about {Duration.Format(_total)} of audio.");
    }

    public void ChapterStarted(PlannedChapter chapter) => Write($"Chapter {chapter.Index} \"{chapter.Title}\": rendering.");

    public void ChapterAdvanced(PlannedChapter chapter, TimeSpan audio)
    {
    }

    public void ChapterFinished(ChapterResult result)
    {
        var seconds = result.State.Files.Sum(f => f.Seconds);
        var work = result.State.RenderSeconds ?? 0;
        string eta;
        lock (_gate)
        {
            _done += result.Chapter.EstimatedSeconds;
            var rate = _done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            eta = Duration.Format((_total - _done) / Math.Max(rate, 1e-6));
        }

        var speed = work > 0 ? (seconds / work).ToString("0.0", CultureInfo.InvariantCulture) : "-";
        var acx = result.PassesAcx ? "meets ACX" : "FAILS ACX: " + string.Join("; ", result.State.Files.SelectMany(f => f.AcxFailures));
        Write($"Chapter {result.Chapter.Index} done: {Duration.Format(seconds)} of audio in {Duration.Format(work)} ({speed}x real time), {acx}; elapsed {Duration.Format(_clock.Elapsed.TotalSeconds)}, about {eta} left.");
    }

    public void AssemblingAudiobook() => Write("Assembling the audiobook (M4B).");

    public void Warning(string message) => Write($"warning: {message}");

    private void Write(string line)
    {
        lock (_gate)
        {
            _error.WriteLine(line);
        }
    }
}
