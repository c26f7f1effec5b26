namespace Narrator.Models.Onnx;

/// <summary>
/// Reads the fields of a protobuf message straight from its bytes, with every length checked
/// against the end of the enclosing message (<see cref="InvalidDataException"/> otherwise).
/// </summary>
internal static class ProtoReader
{
    public const int VarintWire = 0;
    public const int Fixed64 = 1;
    public const int LengthDelimited = 2;
    public const int Fixed32 = 5;

    /// <summary>The fields of the message in <paramref name="bytes"/>[start..end), in order.</summary>
    public static IEnumerable<ProtoField> Fields(byte[] bytes, int start, int end)
    {
        var at = start;
        while (at < end)
        {
            var begin = at;
            var tag = Varint(bytes, ref at, end);
            var (number, wire) = ((int)(tag >> 3), (int)(tag & 7));
            if (wire == VarintWire)
            {
                var valueStart = at;
                var value = Varint(bytes, ref at, end);
                yield return new ProtoField(number, wire, value, begin, valueStart, at);
            }
            else if (wire == LengthDelimited)
            {
                var length = Varint(bytes, ref at, end);
                if (length > (ulong)(end - at))
                    throw new InvalidDataException($"a protobuf field of {length} bytes at byte {at} runs past its message's end at byte {end}");
                yield return new ProtoField(number, wire, 0, begin, at, at + (int)length);
                at += (int)length;
            }
            else
            {
                var size = wire switch
                {
                    Fixed64 => 8,
                    Fixed32 => 4,
                    _ => throw new InvalidDataException($"protobuf wire type {wire} at byte {begin}"),
                };
                if (size > end - at)
                    throw new InvalidDataException($"the protobuf ends inside a fixed-size field at byte {at}");
                yield return new ProtoField(number, wire, 0, begin, at, at + size);
                at += size;
            }
        }
    }

    /// <summary>The message's length-delimited fields numbered <paramref name="number"/>.</summary>
    public static IEnumerable<ProtoField> Embedded(byte[] bytes, int start, int end, int number) =>
        Fields(bytes, start, end).Where(f => f.Number == number && f.IsBytes);

    /// <summary>Every number of a repeated varint field, packed or not.</summary>
    public static IEnumerable<ulong> Varints(byte[] bytes, ProtoField field)
    {
        if (!field.IsBytes)
        {
            yield return field.Value;
            yield break;
        }

        var at = field.Start;
        while (at < field.End)
            yield return Varint(bytes, ref at, field.End);
    }

    public static string String(byte[] bytes, ProtoField field) =>
        System.Text.Encoding.UTF8.GetString(bytes, field.Start, field.End - field.Start);

    public static float Float(byte[] bytes, ProtoField field) =>
        field.Wire == Fixed32
            ? BitConverter.Int32BitsToSingle(System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(field.Start, 4)))
            : throw new InvalidDataException($"expected a 32-bit float at byte {field.Start}");

    private static ulong Varint(byte[] bytes, ref int at, int end)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= end)
                throw new InvalidDataException("the protobuf ends inside a number");
            var b = bytes[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }

        throw new InvalidDataException($"a protobuf number longer than 10 bytes at byte {at}");
    }
}
