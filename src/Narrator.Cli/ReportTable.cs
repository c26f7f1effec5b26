using System.Globalization;
using Narrator.Rendering;
using Narrator.Rendering.Proof;
using Spectre.Console;

namespace Narrator.Cli;

/// <summary>The render report as a table: each chapter file's duration and levels, and whether it meets ACX's figures.</summary>
internal static class ReportTable
{
    /// <summary>A path as the user would type it: relative when it is under the current folder.</summary>
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    public static void Write(CliConsole console, RenderReport report)
    {
        var culture = CultureInfo.InvariantCulture;
        var table = new Table()
            .AddColumn("#").AddColumn("chapter").AddColumn(new TableColumn("duration").RightAligned())
            .AddColumn(new TableColumn("RMS dB").RightAligned()).AddColumn(new TableColumn("peak dB").RightAligned())
            .AddColumn(new TableColumn("floor dB").RightAligned()).AddColumn("ACX").AddColumn("this run");
        foreach (var chapter in report.Chapters)
        {
            foreach (var file in chapter.State.Files)
            {
                table.AddRow(
                    chapter.Chapter.Index.ToString(culture),
                    Markup.Escape(Path.GetFileNameWithoutExtension(file.Lossless)),
                    Duration.Format(file.Seconds),
                    file.RmsDb.ToString("0.0", culture),
                    file.PeakDb.ToString("0.0", culture),
                    file.NoiseFloorDb.ToString("0.0", culture),
                    file.PassesAcx ? "pass" : Markup.Escape("FAIL: " + string.Join("; ", file.AcxFailures)),
                    chapter.RenderedNow ? "rendered" : "current");
            }
        }

        var terminal = Terminal.Create(console.Out);
        terminal.Write(table);
        terminal.WriteLine($"{report.RenderedNow} chapter(s) rendered, {report.Chapters.Count - report.RenderedNow} already current; report: {Shown(Path.Combine(report.Folder, RenderReport.FileName))}");
        if (report.AudiobookPath is not null)
        {
            terminal.WriteLine($"Audiobook: {Shown(report.AudiobookPath)}");
        }

        if (report.ReadAlongPath is not null)
        {
            terminal.WriteLine($"Read-along EPUB: {Shown(report.ReadAlongPath)}");
        }

        if (report.CaptionPaths.Count > 0)
        {
            terminal.WriteLine($"Captions: {report.CaptionPaths.Count} WebVTT file(s) in {Shown(Path.GetDirectoryName(report.CaptionPaths[0])!)}");
        }

        if (report.Proof is { } proof)
        {
            terminal.WriteLine(ProofLines.Summary(proof, Shown(Path.Combine(report.Folder, ProofReport.PageName))));
        }
    }
}
