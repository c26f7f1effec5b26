using System.Runtime.InteropServices;
using Narrator.Audio.Mastering;
using Narrator.Core.IO;

namespace Narrator.Rendering.Encoding;

/// <summary>
/// Streams a chapter's synthesized samples to a temporary float file in the work folder, then
/// (in <see cref="FinishAsync(string, string?, CancellationToken)"/>) resamples it, masters it to ACX levels with room tone, splits it
/// into parts when it is longer than the maximum, and encodes FLAC (and MP3 and AAC), each written under a
/// temporary name and renamed when complete. Memory stays bounded whatever the chapter's length.
/// </summary>
public sealed class ChapterAudioWriter : IAsyncDisposable
{
    private readonly string _rawPath;
    private readonly string _resampledPath;
    private readonly int _inputSampleRate;
    private readonly MasteringOptions _options;
    private FileStream? _raw;
    private bool _finished;

    private ChapterAudioWriter(string rawPath, FileStream raw, int inputSampleRate, MasteringOptions options)
    {
        _rawPath = rawPath;
        _resampledPath = rawPath + ".resampled";
        _raw = raw;
        _inputSampleRate = inputSampleRate;
        _options = options;
    }

    /// <summary>Samples received so far, at the input rate.</summary>
    public long SamplesWritten { get; private set; }

    /// <summary>Metadata tags written into every file (title, artist, provenance…).</summary>
    public IReadOnlyDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();

    /// <summary>
    /// Where each part's ADTS AAC for the M4B goes, from the part's FLAC path (encoded in the same ffmpeg run as the
    /// FLAC, so the book is later joined without encoding); null: no AAC.
    /// </summary>
    public Func<string, string>? AacPathOf { get; set; }

    /// <summary>The signed C2PA manifest embedded into every file before it is renamed into place; null: none.</summary>
    public Synthesis.Provenance.ProvenanceStamp? Provenance { get; set; }

    /// <summary>Starts a chapter whose samples come at <paramref name="inputSampleRate"/> Hz, to be mastered with <paramref name="options"/>; its temporary file goes in <paramref name="workFolder"/>.</summary>
    public static ChapterAudioWriter Create(string workFolder, int inputSampleRate, MasteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(workFolder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputSampleRate);
        options.Validate();
        var rawPath = Path.Combine(Path.GetFullPath(workFolder), $".chapter-{Guid.NewGuid():N}.f32");
        try
        {
            Directory.CreateDirectory(workFolder);
            var raw = new FileStream(rawPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            return new ChapterAudioWriter(rawPath, raw, inputSampleRate, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RenderException($"Cannot write the chapter's temporary audio {rawPath}: {e.Message}", inner: e);
        }
    }

    /// <summary>Appends mono samples at the input sample rate.</summary>
    public void Write(ReadOnlySpan<float> samples)
    {
        ObjectDisposedException.ThrowIf(_finished || _raw is null, this);
        try
        {
            _raw.Write(MemoryMarshal.AsBytes(samples));
            SamplesWritten += samples.Length;
        }
        catch (IOException e)
        {
            throw new RenderException($"Cannot write the chapter's temporary audio {_rawPath}: {e.Message} Is the disk full?", inner: e);
        }
    }

    /// <summary>Masters and encodes what was written; returns one file per part (one part unless the chapter is too long).</summary>
    public Task<IReadOnlyList<ChapterAudioFile>> FinishAsync(string losslessPath, string? mp3Path, CancellationToken cancellationToken = default) =>
        FinishAsync(losslessPath, mp3Path, planned: null, cancellationToken);

    /// <summary>
    /// As <see cref="FinishAsync(string, string?, CancellationToken)"/>; <paramref name="planned"/> is told how the written samples
    /// (at the master rate) became parts before any file is written, so what depends on the layout lands before the files do.
    /// </summary>
    public async Task<IReadOnlyList<ChapterAudioFile>> FinishAsync(string losslessPath, string? mp3Path, Action<IReadOnlyList<MasteringPart>>? planned, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(losslessPath);
        if (!losslessPath.EndsWith(".flac", StringComparison.OrdinalIgnoreCase) || (mp3Path is not null && !mp3Path.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"The lossless path must end in .flac and the MP3 path in .mp3 ({losslessPath}, {mp3Path}).", nameof(losslessPath));
        }

        ObjectDisposedException.ThrowIf(_finished || _raw is null, this);
        _finished = true;
        await _raw.DisposeAsync().ConfigureAwait(false);
        _raw = null;
        if (SamplesWritten == 0)
        {
            throw new RenderException($"{losslessPath}: the chapter has no audio to write.");
        }

        var source = _rawPath;
        if (_inputSampleRate != _options.SampleRate)
        {
            await ChapterEncoder.ResampleAsync(_rawPath, _inputSampleRate, _resampledPath, _options.SampleRate, cancellationToken).ConfigureAwait(false);
            File.Delete(_rawPath);
            source = _resampledPath;
        }

        using var samples = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var parts = ChapterMastering.Plan(samples, _options, cancellationToken);
        planned?.Invoke(parts);
        var files = new List<ChapterAudioFile>();
        foreach (var part in parts)
        {
            files.Add(await WritePartAsync(samples, part, parts.Count, PartPath(losslessPath, part, parts.Count), mp3Path is null ? null : PartPath(mp3Path, part, parts.Count), cancellationToken).ConfigureAwait(false));
        }

        return files;
    }

    /// <summary>Closes and deletes the temporary sample file; files already finished stay.</summary>
    public ValueTask DisposeAsync()
    {
        _finished = true;
        _raw?.Dispose();
        _raw = null;
        File.Delete(_rawPath);
        File.Delete(_resampledPath);
        return ValueTask.CompletedTask;
    }

    /// <summary>The tag that says which part of how many a file is ("2/3"), so a resumed run can tell a whole chapter from a partial one.</summary>
    internal const string PartTag = "narrator_part";

    internal static string PartValue(int index, int count) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{index}/{count}");

    private async Task<ChapterAudioFile> WritePartAsync(Stream samples, MasteringPart part, int partCount, string flacPath, string? mp3Path, CancellationToken cancellationToken)
    {
        using var flac = PendingFile.Create(flacPath);
        using var mp3 = mp3Path is null ? null : PendingFile.Create(mp3Path);
        using var aac = AacPathOf is null ? null : PendingFile.Create(AacPathOf(flacPath));
        var tags = new Dictionary<string, string>(Tags, StringComparer.Ordinal) { [PartTag] = PartValue(part.Index, partCount) };
        await ChapterEncoder.EncodeAsync(samples, part, _options, flac, mp3, aac, tags, cancellationToken).ConfigureAwait(false);
        Provenance?.Embed(flac.TemporaryPath);
        if (mp3 is not null)
        {
            Provenance?.Embed(mp3.TemporaryPath);
        }

        aac?.Commit();
        flac.Commit();
        mp3?.Commit();
        var levels = await LevelReport.MeasureAsync(flac.FinalPath, cancellationToken).ConfigureAwait(false);
        var mp3Levels = mp3 is null ? null : await LevelReport.MeasureAsync(mp3.FinalPath, cancellationToken).ConfigureAwait(false);
        return new ChapterAudioFile(flac.FinalPath, mp3?.FinalPath, levels.Duration, levels, mp3Levels);
    }

    private static string PartPath(string path, MasteringPart part, int count) => PartPath(path, part.Index, count);

    internal static string PartPath(string path, int index, int count) =>
        count == 1 ? path : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $"{Path.GetFileNameWithoutExtension(path)} (part {index}){Path.GetExtension(path)}");
}
