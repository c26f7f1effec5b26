using Narrator.Rendering.State;
using Narrator.Rendering.Timing;
using Narrator.Voices;

namespace Narrator.Rendering.Proof;

/// <summary>
/// Proof-listens a finished render (<c>narrator proof</c>): every rendered chapter's utterances heard again from its
/// mastered files as they are now, the results kept in the chapters' timings, <c>report.json</c>'s proof section and
/// <c>proof.html</c> rewritten. A folder that is not a render, from another version, with chapter files missing or
/// edited to another length is an error saying which and what to do; nothing is changed then.
/// </summary>
public static class RenderProof
{
    /// <summary>Proof-listens the render in <paramref name="folderPath"/> with <paramref name="recognizer"/> and rewrites its report and proof page.</summary>
    /// <exception cref="RenderException">The folder is not a finished render of this version, or its files are missing or changed; nothing is written then.</exception>
    public static async Task<ProofReport> CheckAsync(string folderPath, ISpeechRecognizer recognizer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        if (!Directory.Exists(folderPath))
        {
            throw new RenderException($"{folderPath}: no such render folder.");
        }

        if (!File.Exists(Path.Combine(folderPath, RenderStateStore.FileName)))
        {
            throw new RenderException($"{folderPath}: not a render folder (it has no {RenderStateStore.FileName}); give the folder narrate wrote with --out.");
        }

        using var folder = RenderFolder.Prepare(folderPath);
        var state = RenderStateStore.Load(folder.Root, out var warning)
            ?? throw new RenderException($"{warning} Nothing was changed; render the book again to proof-listen it.");
        var rendered = state.Chapters.Where(c => c.Status == ChapterStatus.Done).ToList();
        if (rendered.Count == 0)
        {
            throw new RenderException($"{folder.Root}: no chapter is rendered yet; run narrate first.");
        }

        var timings = await TimedChapters.LoadAsync(folder, rendered, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < rendered.Count; i++)
        {
            await MasterProofreader.ProofAsync(folder, folder.Absolute(rendered[i].Timings!), timings[i], recognizer, cancellationToken).ConfigureAwait(false);
        }

        var report = ProofReport.From(recognizer.Name, timings);
        ProofPage.Write(folder.Root, state.Title, report);
        ReportFile.WriteProof(folder, report);
        return report;
    }
}
