using System.Formats.Cbor;

namespace Narrator.Synthesis.Provenance.C2pa;

/// <summary>
/// CBOR read into plain values: maps with text keys become dictionaries, arrays lists, byte strings
/// byte arrays, integers longs; tags are dropped. Enough to read C2PA claims and assertions.
/// </summary>
internal static class CborTree
{
    /// <exception cref="FormatException">The bytes are not one well-formed CBOR item.</exception>
    public static object? Read(ReadOnlyMemory<byte> data)
    {
        try
        {
            var reader = new CborReader(data, CborConformanceMode.Lax);
            var value = ReadItem(reader, 0);
            if (reader.BytesRemaining != 0)
            {
                throw new FormatException($"{reader.BytesRemaining} bytes follow the CBOR item");
            }

            return value;
        }
        catch (CborContentException e)
        {
            throw new FormatException($"malformed CBOR ({e.Message})", e);
        }
        catch (InvalidOperationException e)
        {
            throw new FormatException($"malformed CBOR ({e.Message})", e);
        }
    }

    /// <summary>The map's value under <paramref name="key"/> as <typeparamref name="T"/>, or default when absent or of another type.</summary>
    public static T? Get<T>(this IReadOnlyDictionary<string, object?>? map, string key) =>
        map is not null && map.TryGetValue(key, out var value) && value is T typed ? typed : default;

    private static object? ReadItem(CborReader reader, int depth)
    {
        if (depth > 32)
        {
            throw new FormatException("CBOR nested too deeply");
        }

        switch (reader.PeekState())
        {
            case CborReaderState.StartMap:
                reader.ReadStartMap();
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.PeekState() != CborReaderState.EndMap)
                {
                    var key = ReadItem(reader, depth + 1);
                    map[Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty] = ReadItem(reader, depth + 1);
                }

                reader.ReadEndMap();
                return map;
            case CborReaderState.StartArray:
                reader.ReadStartArray();
                var list = new List<object?>();
                while (reader.PeekState() != CborReaderState.EndArray)
                {
                    list.Add(ReadItem(reader, depth + 1));
                }

                reader.ReadEndArray();
                return list;
            case CborReaderState.Tag:
                reader.ReadTag();
                return ReadItem(reader, depth + 1);
            case CborReaderState.ByteString:
                return reader.ReadByteString();
            case CborReaderState.TextString:
                return reader.ReadTextString();
            case CborReaderState.UnsignedInteger:
            case CborReaderState.NegativeInteger:
                return reader.ReadInt64();
            case CborReaderState.Boolean:
                return reader.ReadBoolean();
            case CborReaderState.Null:
                reader.ReadNull();
                return null;
            case CborReaderState.HalfPrecisionFloat:
            case CborReaderState.SinglePrecisionFloat:
            case CborReaderState.DoublePrecisionFloat:
                return reader.ReadDouble();
            default:
                reader.SkipValue();
                return null;
        }
    }
}
