using System.Text;

namespace Narrator.Models;

/// <summary>
/// Rewrites an ONNX file's bytes with some initializers replaced (ModelProto.graph = 7,
/// GraphProto.initializer = 5; the new TensorProto has dims = 1, data_type = 2, name = 8, raw_data = 9),
/// copying every other field byte for byte. Substituting in the file, rather than through
/// <c>SessionOptions.AddInitializer</c>, keeps the replacement when ONNX Runtime constant-folds an
/// initializer into the node that reads it (a float16 weight feeding a Cast, as in every fp16
/// bundle): with AddInitializer the folded constant kept the model's original values.
/// </summary>
internal static class OnnxInitializerSubstitution
{
    public static byte[] Apply(byte[] model, IReadOnlyDictionary<string, (int DataType, long[] Dims, byte[] RawData)> replacements)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        using var output = new MemoryStream(model.Length + 1024);
        var at = 0;
        while (at < model.Length)
        {
            var start = at;
            var (field, wire) = Tag(model, ref at);
            if (field == 7 && wire == 2)
            {
                var length = checked((int)Varint(model, ref at));
                var graph = Graph(model, at, at + length, replacements, found);
                WriteTag(output, 7, 2);
                WriteVarint(output, (ulong)graph.Length);
                output.Write(graph);
                at += length;
            }
            else
            {
                Skip(model, ref at, wire);
                output.Write(model, start, at - start);
            }
        }

        var missing = replacements.Keys.Where(k => !found.Contains(k)).ToList();
        return missing.Count == 0 ? output.ToArray() : throw new InvalidDataException($"no initializer named {string.Join(", ", missing)}");
    }

    private static byte[] Graph(byte[] model, int start, int end, IReadOnlyDictionary<string, (int DataType, long[] Dims, byte[] RawData)> replacements, HashSet<string> found)
    {
        using var output = new MemoryStream(end - start + 1024);
        var at = start;
        while (at < end)
        {
            var fieldStart = at;
            var (field, wire) = Tag(model, ref at);
            Skip(model, ref at, wire);
            if (field == 5 && wire == 2 && TensorName(model, fieldStart, at) is { } name && replacements.TryGetValue(name, out var tensor))
            {
                found.Add(name);
                var bytes = TensorProto(name, tensor);
                WriteTag(output, 5, 2);
                WriteVarint(output, (ulong)bytes.Length);
                output.Write(bytes);
            }
            else
            {
                output.Write(model, fieldStart, at - fieldStart);
            }
        }

        return output.ToArray();
    }

    private static string? TensorName(byte[] model, int fieldStart, int fieldEnd)
    {
        var at = fieldStart;
        Tag(model, ref at);
        var length = checked((int)Varint(model, ref at));
        var end = Math.Min(fieldEnd, at + length);
        while (at < end)
        {
            var (field, wire) = Tag(model, ref at);
            if (field == 8 && wire == 2)
            {
                var size = checked((int)Varint(model, ref at));
                return Encoding.UTF8.GetString(model, at, size);
            }

            Skip(model, ref at, wire);
        }

        return null;
    }

    private static byte[] TensorProto(string name, (int DataType, long[] Dims, byte[] RawData) tensor)
    {
        using var output = new MemoryStream(tensor.RawData.Length + 64);
        foreach (var dim in tensor.Dims)
        {
            WriteTag(output, 1, 0);
            WriteVarint(output, (ulong)dim);
        }

        WriteTag(output, 2, 0);
        WriteVarint(output, (ulong)tensor.DataType);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        WriteTag(output, 8, 2);
        WriteVarint(output, (ulong)nameBytes.Length);
        output.Write(nameBytes);
        WriteTag(output, 9, 2);
        WriteVarint(output, (ulong)tensor.RawData.Length);
        output.Write(tensor.RawData);
        return output.ToArray();
    }

    private static (int Field, int Wire) Tag(byte[] bytes, ref int at)
    {
        var tag = Varint(bytes, ref at);
        return ((int)(tag >> 3), (int)(tag & 7));
    }

    private static void WriteTag(Stream output, int field, int wire) => WriteVarint(output, ((ulong)field << 3) | (uint)wire);

    private static void WriteVarint(Stream output, ulong value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }

    private static void Skip(byte[] bytes, ref int at, int wire) => OnnxInitializers.Skip(bytes, ref at, wire);

    private static ulong Varint(byte[] bytes, ref int at) => OnnxInitializers.Varint(bytes, ref at);
}
