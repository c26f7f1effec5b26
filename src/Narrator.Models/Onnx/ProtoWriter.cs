using System.Buffers.Binary;
using System.Text;

namespace Narrator.Models.Onnx;

/// <summary>
/// Writes protobuf fields: varints, 32-bit floats, length-delimited bytes and messages. An embedded
/// message is written in place after its length, which a counting pass of the same callback measures
/// first, so a model-sized graph is never copied between nested buffers (callbacks must therefore
/// write the same fields each time they run). <see cref="Build"/> sizes the whole output exactly.
/// </summary>
internal sealed class ProtoWriter
{
    private readonly bool _counting;
    private byte[] _buffer;
    private int _length;

    /// <summary>A writer whose buffer grows as needed.</summary>
    public ProtoWriter()
        : this(counting: false, capacity: 256)
    {
    }

    private ProtoWriter(bool counting, int capacity)
    {
        _counting = counting;
        _buffer = counting ? [] : new byte[capacity];
    }

    public int Length => _length;

    /// <summary>What <paramref name="write"/> writes, in an array of exactly that length (one allocation of the output's size).</summary>
    public static byte[] Build(Action<ProtoWriter> write)
    {
        var measured = Measure(write);
        var writer = new ProtoWriter(counting: false, capacity: measured);
        write(writer);
        if (writer._length != measured)
            throw new InvalidOperationException($"the protobuf writer measured {measured} bytes but wrote {writer._length}");
        return writer._buffer;
    }

    /// <summary>Copies already-encoded bytes (whole fields) unchanged.</summary>
    public ProtoWriter Raw(ReadOnlySpan<byte> encoded)
    {
        if (!_counting)
            encoded.CopyTo(Span(encoded.Length));
        _length += encoded.Length;
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
        if (!_counting)
            BinaryPrimitives.WriteSingleLittleEndian(Span(4), value);
        _length += 4;
        return this;
    }

    public ProtoWriter Bytes(int field, ReadOnlySpan<byte> payload)
    {
        Tag(field, ProtoReader.LengthDelimited);
        Varint((ulong)payload.Length);
        return Raw(payload);
    }

    public ProtoWriter String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    /// <summary>An embedded message, written by <paramref name="write"/> (which runs twice: once to measure it).</summary>
    public ProtoWriter Message(int field, Action<ProtoWriter> write)
    {
        Tag(field, ProtoReader.LengthDelimited);
        Varint((ulong)Measure(write));
        write(this);
        return this;
    }

    public byte[] ToArray() => _length == _buffer.Length ? _buffer : _buffer.AsSpan(0, _length).ToArray();

    private static int Measure(Action<ProtoWriter> write)
    {
        var counter = new ProtoWriter(counting: true, capacity: 0);
        write(counter);
        return counter._length;
    }

    /// <summary>Room for <paramref name="count"/> more bytes.</summary>
    private Span<byte> Span(int count)
    {
        if (_length + count > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_length + count, 2 * _buffer.Length));
        return _buffer.AsSpan(_length, count);
    }

    private void Tag(int field, int wire) => Varint(((ulong)field << 3) | (uint)wire);

    private void Varint(ulong value)
    {
        Span<byte> encoded = stackalloc byte[10];
        var n = 0;
        while (value >= 0x80)
        {
            encoded[n++] = (byte)(value | 0x80);
            value >>= 7;
        }

        encoded[n++] = (byte)value;
        Raw(encoded[..n]);
    }
}
