using System.Buffers.Binary;
using System.Text;

namespace Narrator.Synthesis.Provenance.Containers;

/// <summary>Exact reads from a seekable stream, failing with the offset when the file ends early.</summary>
internal static class StreamBytes
{
    public static byte[] Read(Stream stream, long offset, int count)
    {
        var buffer = new byte[count];
        stream.Position = offset;
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException e)
        {
            throw new FormatException($"the file ends inside a structure at byte {offset}", e);
        }

        return buffer;
    }

    public static uint UInt32BigEndian(Stream stream, long offset) => BinaryPrimitives.ReadUInt32BigEndian(Read(stream, offset, 4));

    public static string FourCc(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes[..4]);
}
