using Narrator.Books.Epub;
using Narrator.Books.Markdown;
using Narrator.Books.Text;

namespace Narrator.Books;

/// <summary>Reads a manuscript (EPUB 2/3, Markdown, plain text) into a <see cref="Book"/>.</summary>
public static class BookReader
{
    /// <summary>
    /// Reads the book at <paramref name="path"/>, choosing the format by extension (.epub, .md/.markdown,
    /// .txt); any other file is read as an EPUB when it is a zip archive, else as plain text.
    /// </summary>
    /// <exception cref="BookException">The file is missing, damaged, encrypted (DRM) or holds no text; the message names the file.</exception>
    public static Book Read(string path, BookReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= BookReadOptions.Default;
        options.Validate();
        if (!File.Exists(path))
        {
            throw new BookException($"'{path}' does not exist.");
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".epub" => EpubReader.Read(path, options),
            ".md" or ".markdown" => MarkdownReader.Read(path, options),
            ".txt" => PlainTextReader.Read(path, options),
            _ => IsZip(path) ? EpubReader.Read(path, options) : PlainTextReader.Read(path, options),
        };
    }

    private static bool IsZip(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
}
