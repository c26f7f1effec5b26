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
        var rewritten = ProtoWriter.Build(output =>
        {
            foreach (var field in ProtoReader.Fields(model, 0, model.Length))
            {
                if (field.Number == 7 && field.IsBytes)
                    output.Message(7, graph => Graph(graph, model, field, replacements, found));
                else
                    output.Raw(model.AsSpan(field.Begin, field.End - field.Begin));
            }
        });

        var missing = replacements.Keys.Where(k => !found.Contains(k)).ToList();
        return missing.Count == 0 ? rewritten : throw new InvalidDataException($"no initializer named {string.Join(", ", missing)}");
    }

    private static void Graph(ProtoWriter output, byte[] model, ProtoField graph, IReadOnlyDictionary<string, (int DataType, long[] Dims, byte[] RawData)> replacements, HashSet<string> found)
    {
        foreach (var field in ProtoReader.Fields(model, graph.Start, graph.End))
        {
            if (field.Number == 5 && field.IsBytes && TensorName(model, field) is { } name && replacements.TryGetValue(name, out var tensor))
            {
                found.Add(name);
                output.Message(5, w => TensorProto(w, name, tensor));
            }
            else
            {
                output.Raw(model.AsSpan(field.Begin, field.End - field.Begin));
            }
        }
    }

    private static string? TensorName(byte[] model, ProtoField tensor) =>
        ProtoReader.Embedded(model, tensor.Start, tensor.End, 8).Select(f => ProtoReader.String(model, f)).FirstOrDefault();

    private static void TensorProto(ProtoWriter output, string name, (int DataType, long[] Dims, byte[] RawData) tensor)
    {
        foreach (var dim in tensor.Dims)
            output.Int(1, dim);
        output.Int(2, tensor.DataType).String(8, name).Bytes(9, tensor.RawData);
    }
}
