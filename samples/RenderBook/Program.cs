// Renders a manuscript (EPUB, Markdown or plain text) into mastered chapter files and an M4B,
// printing progress as chapters start, advance and finish. Needs ffmpeg on the PATH.
// dotnet run -- ../the-lighthouse.md lighthouse
using Narrator.Books;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering;
using Narrator.Rendering.Planning;
using Narrator.Synthesis.Voices;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: RenderBook <book.epub|book.md|book.txt> [output folder]");
    return 2;
}

var book = BookReader.Read(args[0]);
var folder = args.Length > 1 ? args[1] : Path.GetFileNameWithoutExtension(args[0]);

// The default voice (Narrator.Voices.Default); the renderer does not dispose it.
using var voice = VoiceLoader.Load(VoiceResolver.Resolve(null, VoiceResolver.DefaultStockFolder));
using var renderer = BookRenderer.Create(voice, VoiceSettings.Default, PronunciationLexicon.Empty.With(book.Lexicon), RenderSettings.Default);

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

// Run it again after an interruption: finished chapters are kept, the rest is rendered.
var report = await renderer.RenderAsync(book, folder, ChapterSelection.All, new ConsoleProgress(), cancel.Token);
foreach (var chapter in report.Chapters)
{
    Console.WriteLine($"{chapter.Chapter.Index,2} {chapter.Chapter.Title,-30} {(chapter.PassesAcx ? "meets ACX" : "fails ACX")}{(chapter.RenderedNow ? string.Empty : " (already rendered)")}");
}

Console.WriteLine(report.AudiobookPath is null ? $"Chapters in {report.Folder}" : $"Audiobook: {report.AudiobookPath}");
return 0;

/// <summary>Progress as lines on stderr; an app would move a progress bar instead.</summary>
sealed class ConsoleProgress : IRenderProgress
{
    public void Started(RenderPlan plan, IReadOnlyList<PlannedChapter> toRender) =>
        Console.Error.WriteLine($"{plan.Title}: {toRender.Count} of {plan.Chapters.Count} chapters to render, about {TimeSpan.FromSeconds(plan.EstimatedSeconds):m\\:ss} of audio.");

    public void ChapterStarted(PlannedChapter chapter) => Console.Error.WriteLine($"Chapter {chapter.Index} \"{chapter.Title}\": rendering.");

    public void ChapterAdvanced(PlannedChapter chapter, TimeSpan audio) =>
        Console.Error.Write($"\rChapter {chapter.Index}: {audio:m\\:ss} of about {TimeSpan.FromSeconds(chapter.EstimatedSeconds):m\\:ss}");

    public void ChapterFinished(ChapterResult result) => Console.Error.WriteLine($"\nChapter {result.Chapter.Index} done.");

    public void AssemblingAudiobook() => Console.Error.WriteLine("Assembling the audiobook.");

    public void Warning(string message) => Console.Error.WriteLine($"warning: {message}");
}
