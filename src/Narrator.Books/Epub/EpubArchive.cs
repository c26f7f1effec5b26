using System.IO.Compression;

namespace Narrator.Books.Epub;

/// <summary>
/// The only way into an EPUB's zip: entry names are resolved inside the archive's root (no "..",
/// absolute paths or backslash tricks), and every read counts the bytes actually inflated against
/// the per-entry and total limits, whatever the zip headers declare.
/// </summary>
internal sealed class EpubArchive : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.Ordinal);
    private readonly BookReadOptions _options;
    private long _totalRead;

    private EpubArchive(ZipArchive zip, string file, BookReadOptions options)
    {
        _zip = zip;
        File = file;
        _options = options;
        foreach (var entry in zip.Entries)
        {
            _entries.TryAdd(entry.FullName.Replace('\\', '/'), entry);
        }

        // What the headers declare is refused before anything inflates; reads still count what really inflates.
        if (zip.Entries.FirstOrDefault(e => e.Length > options.MaxEntryBytes) is { } large)
        {
            throw new BookException($"'{file}': the entry '{large.FullName}' declares {large.Length} bytes, past the limit of {options.MaxEntryBytes} (MaxEntryBytes); the file may be a zip bomb.");
        }

        if (zip.Entries.Sum(e => e.Length) is var total && total > options.MaxTotalBytes)
        {
            throw new BookException($"'{file}': its entries declare {total} bytes in all, past the limit of {options.MaxTotalBytes} (MaxTotalBytes); the file may be a zip bomb.");
        }
    }

    public string File { get; }

    public static EpubArchive Open(string path, BookReadOptions options)
    {
        var file = Path.GetFileName(path);
        var stream = System.IO.File.OpenRead(path);
        ZipArchive? zip = null;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
            var archive = new EpubArchive(zip, file, options);
            zip = null;
            return archive;
        }
        catch (InvalidDataException e)
        {
            stream.Dispose();
            throw new BookException($"'{file}' is not a readable EPUB: the zip archive is damaged ({e.Message}).", e);
        }
        finally
        {
            zip?.Dispose();
        }
    }

    public bool Exists(string entryPath) => _entries.ContainsKey(entryPath);

    /// <summary>Every entry's name, in the archive's order.</summary>
    public IEnumerable<string> Entries => _entries.Keys;

    public byte[] ReadBytes(string entryPath) => ReadBytes(entryPath, _options.MaxEntryBytes, nameof(BookReadOptions.MaxEntryBytes));

    private byte[] ReadBytes(string entryPath, long limit, string limitName)
    {
        if (!_entries.TryGetValue(entryPath, out var entry))
        {
            throw new BookException($"'{File}': the entry '{entryPath}' is missing from the EPUB.");
        }

        try
        {
            using var input = entry.Open();
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                _totalRead += read;
                if (output.Length + read > limit)
                {
                    throw new BookException($"'{File}': the entry '{entryPath}' inflates past the limit of {limit} bytes ({limitName}); the file may be a zip bomb.");
                }

                if (_totalRead > _options.MaxTotalBytes)
                {
                    throw new BookException($"'{File}': reading '{entryPath}' takes the book past the limit of {_options.MaxTotalBytes} bytes in all (MaxTotalBytes); the file may be a zip bomb.");
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new BookException($"'{File}': the entry '{entryPath}' is damaged ({e.Message}).", e);
        }
    }

    public string ReadText(string entryPath)
    {
        var bytes = _options.MaxDocumentBytes < _options.MaxEntryBytes
            ? ReadBytes(entryPath, _options.MaxDocumentBytes, nameof(BookReadOptions.MaxDocumentBytes))
            : ReadBytes(entryPath);
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    public void Dispose() => _zip.Dispose();
}
