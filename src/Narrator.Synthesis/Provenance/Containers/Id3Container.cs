using System.Text;

namespace Narrator.Synthesis.Provenance.Containers;

/// <summary>
/// MP3 and FLAC: the manifest store is a GEOB frame (MIME type <c>application/c2pa</c>) in an ID3v2 tag at
/// the start of the file, as C2PA and its reference implementation do for both. An existing ID3v2.3/2.4 tag
/// keeps its frames; a file without one (a plain FLAC) gets a new ID3v2.4 tag before its <c>fLaC</c> marker.
/// </summary>
internal sealed class Id3Container : IManifestContainer
{
    public const string MimeType = "application/c2pa";
    private const string DeprecatedMimeType = "application/x-c2pa-manifest-store";
    private const int HeaderLength = 10;

    public Id3Container(string name)
    {
        Name = name;
    }

    public string Name { get; }

    /// <summary>"MP3" or "FLAC" by what follows the file's ID3 tag (or starts it, without one), or null when it is neither.</summary>
    public static string? Recognize(Stream file)
    {
        var start = 0L;
        var head = StreamBytes.Read(file, 0, (int)Math.Min(file.Length, HeaderLength));
        if (head.Length == HeaderLength && Encoding.ASCII.GetString(head, 0, 3) == "ID3")
        {
            start = HeaderLength + SyncSafe(head.AsSpan(6));
        }

        if (start + 4 > file.Length)
        {
            return start > 0 ? "MP3" : null;
        }

        var marker = StreamBytes.Read(file, start, 4);
        return StreamBytes.FourCc(marker) == "fLaC" ? "FLAC" : start > 0 || (marker[0] == 0xFF && (marker[1] & 0xE0) == 0xE0) ? "MP3" : null;
    }

    public ContainerLayout Layout(Stream file, int manifestLength)
    {
        var tag = Tag.Read(file);
        var kept = tag.Frames.Where(f => !f.IsManifest).Select(f => FilePart.Range(f.Offset, f.Length)).ToList();
        var prefix = GeobPrefix();
        var frameSize = prefix.Length + manifestLength;
        var tagSize = kept.Sum(p => p.Length) + HeaderLength + frameSize;
        if (tagSize >= 1 << 28)
        {
            throw new FormatException("the ID3 tag would pass 256 MiB with the manifest");
        }

        var header = new byte[HeaderLength];
        Encoding.ASCII.GetBytes("ID3", header);
        header[3] = tag.Version;
        WriteSyncSafe(header.AsSpan(6), (int)tagSize);
        var frameHeader = new byte[HeaderLength];
        Encoding.ASCII.GetBytes("GEOB", frameHeader);
        if (tag.Version == 4)
        {
            WriteSyncSafe(frameHeader.AsSpan(4), frameSize);
        }
        else
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(frameHeader.AsSpan(4), frameSize);
        }

        return new ContainerLayout([FilePart.Of(header), .. kept], [.. frameHeader, .. prefix], [], [FilePart.Range(tag.End, file.Length - tag.End)]);
    }

    public EmbeddedStore? Find(Stream file)
    {
        var frames = Tag.Read(file).Frames.Where(f => f.IsManifest).ToList();
        if (frames.Count > 1)
        {
            throw new FormatException($"its ID3 tag has {frames.Count} C2PA GEOB frames; C2PA allows one");
        }

        return frames is [var frame] ? new EmbeddedStore(frame.Data!, frame.Offset, frame.Length) : null;
    }

    /// <summary>The GEOB frame's fields before the object: ISO-8859-1, MIME type, file name, description.</summary>
    private static byte[] GeobPrefix() => [0, .. Encoding.Latin1.GetBytes($"{MimeType}\0c2pa\0c2pa manifest store\0")];

    private static int SyncSafe(ReadOnlySpan<byte> bytes) => (bytes[0] & 0x7F) << 21 | (bytes[1] & 0x7F) << 14 | (bytes[2] & 0x7F) << 7 | (bytes[3] & 0x7F);

    private static void WriteSyncSafe(Span<byte> bytes, int value)
    {
        for (var i = 0; i < 4; i++)
        {
            bytes[i] = (byte)((value >> (7 * (3 - i))) & 0x7F);
        }
    }

    private sealed record Frame(long Offset, long Length, bool IsManifest, byte[]? Data);

    /// <summary>The file's ID3v2 tag: version, frames, and where the audio starts (0 and no frames when it has none).</summary>
    private sealed record Tag(byte Version, List<Frame> Frames, long End)
    {
        public static Tag Read(Stream file)
        {
            var header = StreamBytes.Read(file, 0, (int)Math.Min(file.Length, HeaderLength));
            if (header.Length < HeaderLength || Encoding.ASCII.GetString(header, 0, 3) != "ID3")
            {
                return new Tag(4, [], 0);
            }

            var version = header[3];
            var flags = header[5];
            if (version is not (3 or 4) || (flags & 0xD0) != 0)
            {
                throw new FormatException($"its ID3v2.{version} tag (flags {flags:x2}) is one Narrator cannot rewrite: only ID3v2.3 and 2.4 tags without unsynchronisation, extended header or footer");
            }

            var end = HeaderLength + (long)SyncSafe(header.AsSpan(6));
            if (end > file.Length)
            {
                throw new FormatException($"its ID3 tag says it is {end} bytes long, but the file has {file.Length}");
            }

            var frames = new List<Frame>();
            for (var offset = (long)HeaderLength; offset + HeaderLength <= end;)
            {
                var frameHeader = StreamBytes.Read(file, offset, HeaderLength);
                if (frameHeader[0] == 0)
                {
                    break; // padding
                }

                var size = version == 4 ? SyncSafe(frameHeader.AsSpan(4)) : System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(frameHeader.AsSpan(4));
                var id = StreamBytes.FourCc(frameHeader);
                if (size < 0 || offset + HeaderLength + size > end)
                {
                    throw new FormatException($"its ID3 frame '{id}' at byte {offset} runs past the end of the tag");
                }

                var data = id == "GEOB" ? ManifestOf(StreamBytes.Read(file, offset + HeaderLength, size)) : null;
                frames.Add(new Frame(offset, HeaderLength + size, data is not null, data));
                offset += HeaderLength + size;
            }

            return new Tag(version, frames, end);
        }

        /// <summary>The object of a GEOB frame whose MIME type is C2PA's, else null.</summary>
        private static byte[]? ManifestOf(byte[] body)
        {
            if (body.Length < 2)
            {
                return null;
            }

            var wide = body[0] is 1 or 2;
            var mimeEnd = Array.IndexOf(body, (byte)0, 1);
            if (mimeEnd < 0)
            {
                return null;
            }

            var mime = Encoding.Latin1.GetString(body, 1, mimeEnd - 1);
            if (mime != MimeType && mime != DeprecatedMimeType)
            {
                return null;
            }

            var position = mimeEnd + 1;
            for (var field = 0; field < 2; field++)
            {
                position = wide ? WideEnd(body, position) : Array.IndexOf(body, (byte)0, position) + 1;
                if (position <= 0 || position > body.Length)
                {
                    throw new FormatException("its C2PA GEOB frame is cut off before the manifest");
                }
            }

            return body[position..];
        }

        private static int WideEnd(byte[] body, int position)
        {
            for (var i = position; i + 1 < body.Length; i += 2)
            {
                if (body[i] == 0 && body[i + 1] == 0)
                {
                    return i + 2;
                }
            }

            return -1;
        }
    }
}
