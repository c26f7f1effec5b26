using System.Buffers.Binary;
using System.Text;
using Narrator.Synthesis.Provenance.C2pa;

namespace Narrator.Synthesis.Provenance.Containers;

/// <summary>
/// MP4, M4A, M4B: the manifest store is a top-level <c>uuid</c> box with C2PA's UUID, version 0, purpose
/// "manifest" and a zero auxiliary offset. Narrator appends it after the last top-level box, so no sample
/// offset inside <c>moov</c> moves (C2PA recommends placing it earlier: see docs/provenance.md).
/// </summary>
internal sealed class BmffContainer : IManifestContainer
{
    private const string Purpose = "manifest";

    public string Name => "MP4";

    public static bool Recognizes(ReadOnlySpan<byte> head) => head.Length >= 8 && StreamBytes.FourCc(head[4..]) == "ftyp";

    public ContainerLayout Layout(Stream file, int manifestLength)
    {
        var kept = Boxes(file).Where(b => !b.IsManifest).Select(b => FilePart.Range(b.Offset, b.Length)).ToList();
        var head = new List<byte>();
        var size = 8 + 16 + 4 + Purpose.Length + 1 + 8 + manifestLength;
        var header = new byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)size);
        Encoding.ASCII.GetBytes("uuid", header.AsSpan(4));
        head.AddRange(header);
        head.AddRange(C2paLabels.BmffUuid.ToByteArray(bigEndian: true));
        head.AddRange(new byte[4]); // version 0, flags 0
        head.AddRange(Encoding.ASCII.GetBytes(Purpose + "\0"));
        head.AddRange(new byte[8]); // no auxiliary (Merkle) boxes
        return new ContainerLayout(kept, [.. head], [], []);
    }

    public EmbeddedStore? Find(Stream file)
    {
        var boxes = Boxes(file).Where(b => b.IsManifest).ToList();
        if (boxes.Count > 1)
        {
            throw new FormatException($"it has {boxes.Count} C2PA manifest boxes; C2PA allows one");
        }

        if (boxes is not [var box])
        {
            return null;
        }

        var start = box.Offset + 8 + 16 + 4 + Purpose.Length + 1 + 8;
        return new EmbeddedStore(StreamBytes.Read(file, start, (int)(box.Offset + box.Length - start)), box.Offset, box.Length);
    }

    private sealed record Box(long Offset, long Length, bool IsManifest);

    private static List<Box> Boxes(Stream file)
    {
        var boxes = new List<Box>();
        var c2pa = C2paLabels.BmffUuid.ToByteArray(bigEndian: true);
        for (var offset = 0L; offset + 8 <= file.Length;)
        {
            var header = StreamBytes.Read(file, offset, 8);
            var type = StreamBytes.FourCc(header.AsSpan(4));
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var headerLength = 8;
            if (size == 1)
            {
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(StreamBytes.Read(file, offset + 8, 8));
                headerLength = 16;
            }
            else if (size == 0)
            {
                throw new FormatException($"its last box '{type}' runs to the end of the file (size 0), so nothing can follow it");
            }

            if (size < headerLength || offset + size > file.Length)
            {
                throw new FormatException($"its '{type}' box at byte {offset} says it is {size} bytes long, but {file.Length - offset} remain");
            }

            var manifest = type == "uuid" && headerLength == 8 && size >= 8 + 16 + 4 + Purpose.Length + 1 + 8
                && StreamBytes.Read(file, offset + 8, 16).AsSpan().SequenceEqual(c2pa)
                && Encoding.ASCII.GetString(StreamBytes.Read(file, offset + 28, Purpose.Length + 1)) == Purpose + "\0";
            boxes.Add(new Box(offset, size, manifest));
            offset += size;
        }

        return boxes;
    }
}
