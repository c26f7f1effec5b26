using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Narrator.Models.Onnx;

/// <summary>Writes protobuf fields into a growing buffer: varints, 32-bit floats, length-delimited bytes and messages.</summary>
internal sealed class ProtoWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public int Length => _buffer.WrittenCount;

    /// <summary>Copies already-encoded bytes (whole fields) unchanged.</summary>
    public ProtoWriter Raw(ReadOnlySpan<byte> encoded)
    {
        _buffer.Write(encoded);
        return this;
    }

    /// <summary>A varint field; a negative int64 takes ten bytes, as protobuf encodes it.</summary>
    public ProtoWriter Int(int field, long value)
    {
        Tag(field, ProtoReader.VarintWire);
        Varint((ulong)value);
        return this;
    }

    public ProtoWriter Float(int field, float value)
    {
        Tag(field, ProtoReader.Fixed32);
        BinaryPrimitives.WriteSingleLittleEndian(_buffer.GetSpan(4), value);
        _buffer.Advance(4);
        return this;
    }

    public ProtoWriter Bytes(int field, ReadOnlySpan<byte> payload)
    {
        Tag(field, ProtoReader.LengthDelimited);
        Varint((ulong)payload.Length);
        _buffer.Write(payload);
        return this;
    }

    public ProtoWriter String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    /// <summary>An embedded message, written by <paramref name="write"/>.</summary>
    public ProtoWriter Message(int field, Action<ProtoWriter> write)
    {
        var inner = new ProtoWriter();
        write(inner);
        return Bytes(field, inner._buffer.WrittenSpan);
    }

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    private void Tag(int field, int wire) => Varint(((ulong)field << 3) | (uint)wire);

    private void Varint(ulong value)
    {
        var span = _buffer.GetSpan(10);
        var n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[n++] = (byte)value;
        _buffer.Advance(n);
    }
}
