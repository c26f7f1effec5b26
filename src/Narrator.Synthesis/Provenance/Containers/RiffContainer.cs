using System.Buffers.Binary;
using System.Text;

namespace Narrator.Synthesis.Provenance.Containers;

/// <summary>WAV: the manifest store is a top-level RIFF chunk <c>C2PA</c>, placed after the audio.</summary>
internal sealed class RiffContainer : IManifestContainer
{
    private const string ChunkId = "C2PA";

    public string Name => "WAV";

    public static bool Recognizes(ReadOnlySpan<byte> head) =>
        head.Length >= 12 && StreamBytes.FourCc(head) == "RIFF" && StreamBytes.FourCc(head[8..]) == "WAVE";

    public ContainerLayout Layout(Stream file, int manifestLength)
    {
        var (chunks, end) = Chunks(file);
        var kept = chunks.Where(c => c.Id != ChunkId).Select(c => FilePart.Range(c.Offset, c.Length)).ToList();
        var pad = manifestLength % 2;
        var riffSize = 4 + kept.Sum(p => p.Length) + 8 + manifestLength + pad;
        if (riffSize > uint.MaxValue)
        {
            throw new FormatException("the WAV file would pass 4 GiB with its manifest");
        }

        var header = new byte[12];
        Encoding.ASCII.GetBytes("RIFF", header);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)riffSize);
        Encoding.ASCII.GetBytes("WAVE", header.AsSpan(8));
        var wrapper = new byte[8];
        Encoding.ASCII.GetBytes(ChunkId, wrapper);
        BinaryPrimitives.WriteUInt32LittleEndian(wrapper.AsSpan(4), (uint)manifestLength);
        List<FilePart> after = end < file.Length ? [FilePart.Range(end, file.Length - end)] : [];
        return new ContainerLayout([FilePart.Of(header), .. kept], wrapper, new byte[pad], after);
    }

    public EmbeddedStore? Find(Stream file)
    {
        var chunks = Chunks(file).Chunks.Where(c => c.Id == ChunkId).ToList();
        if (chunks.Count > 1)
        {
            throw new FormatException($"it has {chunks.Count} C2PA chunks; C2PA allows one");
        }

        return chunks is [var chunk] ? new EmbeddedStore(StreamBytes.Read(file, chunk.Offset + 8, (int)chunk.Size), chunk.Offset, chunk.Length) : null;
    }

    /// <summary>The top-level chunks (offset, id, data size, length with header and padding) and where the RIFF ends.</summary>
    private static (List<(long Offset, string Id, long Size, long Length)> Chunks, long End) Chunks(Stream file)
    {
        var end = Math.Min(file.Length, 8 + (long)BinaryPrimitives.ReadUInt32LittleEndian(StreamBytes.Read(file, 4, 4)));
        var chunks = new List<(long, string, long, long)>();
        for (var offset = 12L; offset + 8 <= end;)
        {
            var header = StreamBytes.Read(file, offset, 8);
            var size = (long)BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4));
            var length = 8 + size + (size % 2);
            if (offset + 8 + size > end)
            {
                throw new FormatException($"its '{StreamBytes.FourCc(header)}' chunk at byte {offset} runs past the end of the file");
            }

            chunks.Add((offset, StreamBytes.FourCc(header), size, Math.Min(length, end - offset)));
            offset += length;
        }

        return (chunks, end);
    }
}
