using System.Text;

namespace Narrator.Books;

/// <summary>
/// Looks at the first bytes of a file given as Markdown or plain text: audio, images, PDFs, archives
/// and other binary files, HTML pages and SSML documents are refused before anything is planned or narrated.
/// </summary>
internal static class ManuscriptCheck
{
    private const int Probe = 64 * 1024;

    private static readonly (byte[] Magic, int Offset, string What)[] Signatures =
    [
        ("RIFF"u8.ToArray(), 0, "a WAV or other RIFF audio file"),
        ("%PDF"u8.ToArray(), 0, "a PDF document (convert it to EPUB, Markdown or text first)"),
        ("fLaC"u8.ToArray(), 0, "a FLAC audio file"),
        ("OggS"u8.ToArray(), 0, "an Ogg audio file"),
        ("ID3"u8.ToArray(), 0, "an MP3 audio file"),
        ("ftyp"u8.ToArray(), 4, "an MP4 or M4A/M4B file"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], 0, "a PNG image"),
        ([0xFF, 0xD8, 0xFF], 0, "a JPEG image"),
        ("GIF8"u8.ToArray(), 0, "a GIF image"),
        ("PK"u8.ToArray(), 0, "a zip archive that is not an EPUB"),
        ([0x1F, 0x8B], 0, "a gzip archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], 0, "a program"),
    ];

    /// <summary>Throws a <see cref="BookException"/> naming the file and what it looks like, unless it reads as text.</summary>
    public static void EnsureText(string path)
    {
        var head = new byte[Probe];
        int length;
        using (var stream = File.OpenRead(path))
        {
            length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var bytes = head.AsSpan(0, length);
        foreach (var (magic, offset, what) in Signatures)
        {
            if (bytes.Length >= offset + magic.Length && bytes.Slice(offset, magic.Length).SequenceEqual(magic))
            {
                throw NotAManuscript(path, what);
            }
        }

        var utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        if (!utf16 && (bytes.Contains((byte)0) || ControlShare(bytes) > 0.02))
        {
            throw NotAManuscript(path, "a binary file (it holds NUL or other control bytes)");
        }

        // Enough to spot an HTML page; the book reader decodes the whole file itself (UTF-8, UTF-16, Windows-1252).
        var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        var text = utf16 ? Encoding.Unicode.GetString(bytes) : Encoding.Latin1.GetString(body[..Math.Min(body.Length, 1024)]);
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            throw NotAManuscript(path, "an HTML page (package it as an EPUB, or save it as Markdown or plain text)");
        }

        if (IsSsml(path, start))
        {
            throw NotAManuscript(
                path,
                $"an SSML document, which is spoken, not narrated as a book: speak it with 'narrator speak --ssml-file \"{path}\" --out speech.wav' "
                + "(every SSML element, voice switches included). To narrate it as a book with chapters, write its text as Markdown, where {voice=...} names a passage's voice");
        }
    }

    /// <summary>A file named .ssml, or one whose first element (after an XML declaration or comments) is &lt;speak&gt;.</summary>
    private static bool IsSsml(string path, string start)
    {
        if (Path.GetExtension(path).Equals(".ssml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        while (start.StartsWith("<?", StringComparison.Ordinal) || start.StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = start.StartsWith("<?", StringComparison.Ordinal) ? start.IndexOf("?>", StringComparison.Ordinal) : start.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }

            start = start[(end + (start[1] == '?' ? 2 : 3))..].TrimStart(' ', '\t', '\r', '\n');
        }

        return start.StartsWith("<speak", StringComparison.Ordinal) && start.Length > 6 && (char.IsWhiteSpace(start[6]) || start[6] is '>' or '/');
    }

    // Bytes below the space other than tab, line feed, form feed and carriage return.
    private static double ControlShare(ReadOnlySpan<byte> bytes)
    {
        var controls = 0;
        foreach (var b in bytes)
        {
            controls += b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D) ? 1 : 0;
        }

        return bytes.Length == 0 ? 0 : controls / (double)bytes.Length;
    }

    private static BookException NotAManuscript(string path, string what) =>
        new($"'{path}' is not a manuscript: it looks like {what}. Narrator reads EPUB, Markdown and plain text.");
}
