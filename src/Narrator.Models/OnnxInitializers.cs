namespace Narrator.Models;

/// <summary>
/// The names, element types and shapes of an ONNX file's initializers, read straight from its
/// protobuf encoding (ModelProto.graph = 7, GraphProto.initializer = 5, TensorProto.dims = 1,
/// data_type = 2, name = 8), because ONNX Runtime does not expose them and does not check the shape
/// of a tensor that replaces one.
/// </summary>
internal static class OnnxInitializers
{
    /// <summary>TensorProto.DataType values.</summary>
    public const int Float = 1;
    public const int Float16 = 10;

    public static Dictionary<string, (int DataType, long[] Dims)> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var result = new Dictionary<string, (int, long[])>(StringComparer.Ordinal);
        foreach (var graph in Fields(bytes, 0, bytes.Length, 7))
        {
            foreach (var tensor in Fields(bytes, graph.Start, graph.End, 5))
            {
                var (name, type, dims) = Tensor(bytes, tensor.Start, tensor.End);
                result[name] = (type, dims);
            }
        }

        return result;
    }

    private static (string Name, int DataType, long[] Dims) Tensor(byte[] bytes, int start, int end)
    {
        var name = string.Empty;
        var type = 0;
        var dims = new List<long>();
        var at = start;
        while (at < end)
        {
            var tag = Varint(bytes, ref at);
            var (field, wire) = ((int)(tag >> 3), (int)(tag & 7));
            if (field == 1 && wire == 0)
            {
                dims.Add((long)Varint(bytes, ref at));
            }
            else if (field == 1 && wire == 2)
            {
                var packed = checked((int)Varint(bytes, ref at));
                var packedEnd = at + packed;
                while (at < packedEnd)
                {
                    dims.Add((long)Varint(bytes, ref at));
                }
            }
            else if (field == 2 && wire == 0)
            {
                type = (int)Varint(bytes, ref at);
            }
            else if (field == 8 && wire == 2)
            {
                var length = (int)Varint(bytes, ref at);
                name = System.Text.Encoding.UTF8.GetString(bytes, at, length);
                at += length;
            }
            else
            {
                Skip(bytes, ref at, wire);
            }
        }

        return (name, type, [.. dims]);
    }

    private static IEnumerable<(int Start, int End)> Fields(byte[] bytes, int start, int end, int wanted)
    {
        var at = start;
        while (at < end)
        {
            var tag = Varint(bytes, ref at);
            var (field, wire) = ((int)(tag >> 3), (int)(tag & 7));
            if (field == wanted && wire == 2)
            {
                var length = checked((int)Varint(bytes, ref at));
                yield return (at, at + length);
                at += length;
            }
            else
            {
                Skip(bytes, ref at, wire);
            }
        }
    }

    internal static void Skip(byte[] bytes, ref int at, int wire)
    {
        switch (wire)
        {
            case 0:
                Varint(bytes, ref at);
                break;
            case 1:
                at += 8;
                break;
            case 2:
                var length = checked((int)Varint(bytes, ref at));
                at = checked(at + length);
                break;
            case 5:
                at += 4;
                break;
            default:
                throw new InvalidDataException($"protobuf wire type {wire} at byte {at}");
        }
    }

    internal static ulong Varint(byte[] bytes, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= bytes.Length)
            {
                throw new InvalidDataException("the protobuf ends inside a number");
            }

            var b = bytes[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException($"a protobuf number longer than 10 bytes at byte {at}");
    }
}
