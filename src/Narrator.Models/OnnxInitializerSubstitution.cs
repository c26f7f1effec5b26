using System.Text;
using Narrator.Models.Onnx;

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
        foreach (var field in ProtoReader.Fields(model, 0, model.Length))
        {
            if (field.Number == 7 && field.IsBytes)
            {
                var graph = Graph(model, field, replacements, found);
                WriteTag(output, 7, 2);
                WriteVarint(output, (ulong)graph.Length);
                output.Write(graph);
            }
            else
            {
                output.Write(model, field.Begin, field.End - field.Begin);
            }
        }

        var missing = replacements.Keys.Where(k => !found.Contains(k)).ToList();
        return missing.Count == 0 ? output.ToArray() : throw new InvalidDataException($"no initializer named {string.Join(", ", missing)}");
    }

    private static byte[] Graph(byte[] model, ProtoField graph, IReadOnlyDictionary<string, (int DataType, long[] Dims, byte[] RawData)> replacements, HashSet<string> found)
    {
        using var output = new MemoryStream(graph.End - graph.Start + 1024);
        foreach (var field in ProtoReader.Fields(model, graph.Start, graph.End))
        {
            if (field.Number == 5 && field.IsBytes && TensorName(model, field) is { } name && replacements.TryGetValue(name, out var tensor))
            {
                found.Add(name);
                var bytes = TensorProto(name, tensor);
                WriteTag(output, 5, 2);
                WriteVarint(output, (ulong)bytes.Length);
                output.Write(bytes);
            }
            else
            {
                output.Write(model, field.Begin, field.End - field.Begin);
            }
        }

        return output.ToArray();
    }

    private static string? TensorName(byte[] model, ProtoField tensor) =>
        ProtoReader.Embedded(model, tensor.Start, tensor.End, 8).Select(f => ProtoReader.String(model, f)).FirstOrDefault();

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
}
