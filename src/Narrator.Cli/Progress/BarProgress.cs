using System.Collections.Concurrent;
using Narrator.Rendering;
using Narrator.Rendering.Planning;
using Spectre.Console;

namespace Narrator.Cli.Progress;

/// <summary>Progress bars: one for the book and one per chapter in flight, counted in seconds of audio.</summary>
internal sealed class BarProgress : IRenderProgress
{
    private readonly ProgressContext _context;
    private readonly IAnsiConsole _terminal;
    private readonly ConcurrentDictionary<int, ProgressTask> _chapters = new();
    private readonly ConcurrentDictionary<int, double> _audio = new();
    private ProgressTask? _book;
    private ProgressTask? _assembly;

    public BarProgress(ProgressContext context, IAnsiConsole terminal)
    {
        _context = context;
        _terminal = terminal;
    }

    public void Started(RenderPlan plan, IReadOnlyList<PlannedChapter> toRender)
    {
        _book = _context.AddTask(Markup.Escape($"{plan.Title} ({toRender.Count} of {plan.Chapters.Count} chapters)"), maxValue: Math.Max(1, toRender.Sum(c => c.EstimatedSeconds)));
        _book.State.Update<bool>(RealTimeFactorColumn.CountsAudio, _ => true);
    }

    public void ChapterStarted(PlannedChapter chapter)
    {
        var task = _context.AddTask(Markup.Escape($"  {chapter.Index}. {chapter.Title}"), maxValue: Math.Max(1, chapter.EstimatedSeconds));
        task.State.Update<bool>(RealTimeFactorColumn.CountsAudio, _ => true);
        _chapters[chapter.Index] = task;
    }

    public void ChapterAdvanced(PlannedChapter chapter, TimeSpan audio)
    {
        var seconds = audio.TotalSeconds;
        var previous = _audio.GetValueOrDefault(chapter.Index);
        _audio[chapter.Index] = seconds;
        if (_chapters.TryGetValue(chapter.Index, out var task))
        {
            task.MaxValue = Math.Max(task.MaxValue, seconds);
            task.Value = seconds;
        }

        if (_book is not null)
        {
            _book.MaxValue = Math.Max(_book.MaxValue, _book.Value + (seconds - previous));
            _book.Increment(seconds - previous);
        }
    }

    public void ChapterFinished(ChapterResult result)
    {
        if (_chapters.TryRemove(result.Chapter.Index, out var task))
        {
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }

    public void AssemblingAudiobook() => _assembly = _context.AddTask("Assembling the M4B", maxValue: 1).IsIndeterminate();

    /// <summary>Closes the bars still open once the render has returned.</summary>
    public void Finish()
    {
        _assembly?.Increment(1);
        _assembly?.IsIndeterminate(false);
        _assembly?.StopTask();
        _book?.StopTask();
    }

    public void Warning(string message) => _terminal.MarkupLine($"[yellow]warning:[/] {Markup.Escape(message)}");
}
