using System.Text.Json;
using Narrator.Audio;
using Narrator.Core.IO;
using Narrator.Rendering.Encoding;
using Narrator.Rendering.Planning;
using Narrator.Rendering.State;
using Narrator.Rendering.Timing;
using Narrator.Synthesis.Provenance;

namespace Narrator.Rendering;

/// <summary>
/// Finishes a chapter whose masters landed but whose state was never saved (a run killed between the
/// two). A master is reused only when it proves it is current: it carries the chapter's render hash and
/// its part number in its tags (written before it was renamed into place, so a file under its final
/// name is complete), it decodes, and its utterance timings (written before it) are on disk. What is
/// missing besides — the MP3, the sidecars — is made from it.
/// </summary>
internal sealed class ChapterRecovery
{
    /// <summary>The tag holding the chapter's render hash (text, voice and every setting that changes the audio).</summary>
    public const string RenderTag = "narrator_render";

    private readonly RenderFolder _folder;
    private readonly RenderSettings _settings;
    private readonly Func<PlannedChapter, ProvenanceRecord> _provenance;

    /// <summary><paramref name="provenance"/> gives a chapter's provenance record (the voices heard in it).</summary>
    public ChapterRecovery(RenderFolder folder, RenderSettings settings, Func<PlannedChapter, ProvenanceRecord> provenance)
    {
        _folder = folder;
        _settings = settings;
        _provenance = provenance;
    }

    /// <summary>The chapter's files, finished from its verified masters; null when they are missing or not current.</summary>
    public async Task<List<ChapterFileState>?> TryAsync(PlannedChapter chapter, string renderHash, Action<string> warn, CancellationToken cancellationToken)
    {
        var masters = Masters(_folder.LosslessPath(chapter));
        if (masters.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < masters.Count; i++)
        {
            if (!await IsCurrentAsync(masters[i], renderHash, i + 1, masters.Count, warn, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }

        // The timings are written before the masters: masters without current timings come from elsewhere, and are rendered again.
        if (TimingsFile.TryLoadCurrent(_folder.TimingsPath(chapter), renderHash) is not { } timings || timings.Files.Count != masters.Count)
        {
            return null;
        }

        var provenance = _provenance(chapter);
        var stamp = new ProvenanceStamp(provenance, _settings.Signer);
        var files = new List<ChapterFileState>();
        for (var i = 0; i < masters.Count; i++)
        {
            var levels = await LevelReport.MeasureAsync(masters[i], cancellationToken).ConfigureAwait(false);
            string? mp3 = null;
            LevelReport? mp3Levels = null;
            if (_settings.WriteMp3)
            {
                mp3 = ChapterAudioWriter.PartPath(_folder.Mp3Path(chapter), i + 1, masters.Count);
                if (!await IsCurrentAsync(mp3, renderHash, i + 1, masters.Count, warn, cancellationToken).ConfigureAwait(false))
                {
                    using var output = PendingFile.Create(mp3);
                    await ChapterEncoder.Mp3FromFlacAsync(masters[i], output, cancellationToken).ConfigureAwait(false);
                    stamp.Embed(output.TemporaryPath);
                    output.Commit();
                }

                EnsureSigned(mp3, stamp);

                mp3Levels = await LevelReport.MeasureAsync(mp3, cancellationToken).ConfigureAwait(false);
                provenance.WriteSidecar(mp3);
            }

            EnsureSigned(masters[i], stamp);
            provenance.WriteSidecar(masters[i]);
            files.Add(ChapterRenderer.ToState(new ChapterAudioFile(masters[i], mp3, levels.Duration, levels, mp3Levels), _folder));
        }

        return files;
    }

    /// <summary>A reused file keeps a manifest that verifies; one without (or with a broken one) is signed again, in place and atomically.</summary>
    private static void EnsureSigned(string file, ProvenanceStamp stamp)
    {
        if (EmbeddedProvenance.Verify(file).Status != ProvenanceStatus.Valid)
        {
            stamp.Embed(file);
        }
    }

    /// <summary>The chapter's one master, or its parts "(part 1)", "(part 2)"… as far as they go.</summary>
    private static List<string> Masters(string whole)
    {
        if (File.Exists(whole))
        {
            return [whole];
        }

        var parts = new List<string>();
        while (File.Exists(ChapterAudioWriter.PartPath(whole, parts.Count + 1, 2)))
        {
            parts.Add(ChapterAudioWriter.PartPath(whole, parts.Count + 1, 2));
        }

        return parts;
    }

    private static async Task<bool> IsCurrentAsync(string file, string renderHash, int part, int parts, Action<string> warn, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            return false;
        }

        var tags = await TagsAsync(file, warn, cancellationToken).ConfigureAwait(false);
        return tags.GetValueOrDefault(RenderTag) == renderHash && tags.GetValueOrDefault(ChapterAudioWriter.PartTag) == ChapterAudioWriter.PartValue(part, parts);
    }

    /// <summary>The file's tags (names lower-cased: FLAC and ID3 spell them differently); empty, with a warning, when ffprobe cannot read it.</summary>
    private static async Task<Dictionary<string, string>> TagsAsync(string file, Action<string> warn, CancellationToken cancellationToken)
    {
        string[] arguments = ["-v", "error", "-of", "json", "-show_format", file];
        string output;
        try
        {
            (output, _) = await FfmpegProcess.RunAsync(FfmpegTool.Ffprobe, arguments, $"Reading the tags of {file}", null, cancellationToken).ConfigureAwait(false);
        }
        catch (RenderException e) when (e.Kind == Core.ErrorKind.Internal)
        {
            // ffprobe ran and refused the file: it is damaged, so it is not reused; the chapter is rendered again.
            warn($"{file} is left from an interrupted run but cannot be read ({e.Message}); it will be rendered again.");
            return [];
        }

        using var json = JsonDocument.Parse(output);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json.RootElement.TryGetProperty("format", out var format) && format.TryGetProperty("tags", out var values))
        {
            foreach (var tag in values.EnumerateObject())
            {
                tags[tag.Name.ToLowerInvariant()] = tag.Value.GetString() ?? string.Empty;
            }
        }

        return tags;
    }
}
