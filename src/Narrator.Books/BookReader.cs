using Narrator.Books.Epub;
using Narrator.Books.Markdown;
using Narrator.Books.Text;

namespace Narrator.Books;

/// <summary>Reads a manuscript (EPUB 2/3, Markdown, plain text) into a <see cref="Book"/>.</summary>
public static class BookReader
{
    /// <summary>
    /// Reads the book at <paramref name="path"/>, choosing the format by extension (.epub, .md/.markdown,
    /// .txt); any other file is read as an EPUB when it is a zip archive, else as plain text. A file read
    /// as text must be text: audio, images, PDFs, other binaries and HTML pages are refused by content.
    /// </summary>
    /// <exception cref="BookException">The file is missing, damaged, encrypted (DRM), not a manuscript or holds no text; the message names the file.</exception>
    public static Book Read(string path, BookReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= BookReadOptions.Default;
        options.Validate();
        if (!File.Exists(path))
        {
            throw new BookException($"'{path}' does not exist.");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".epub" || (extension is not (".md" or ".markdown" or ".txt") && IsZip(path)))
        {
            return EpubReader.Read(path, options);
        }

        ManuscriptCheck.EnsureText(path);
        return extension is ".md" or ".markdown" ? MarkdownReader.Read(path, options) : PlainTextReader.Read(path, options);
    }

    private static bool IsZip(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
}
