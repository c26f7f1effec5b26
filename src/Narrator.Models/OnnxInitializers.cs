using Narrator.Models.Onnx;

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

    public static Dictionary<string, (int DataType, long[] Dims)> Read(byte[] bytes)
    {
        var result = new Dictionary<string, (int, long[])>(StringComparer.Ordinal);
        foreach (var graph in ProtoReader.Embedded(bytes, 0, bytes.Length, 7))
        {
            foreach (var tensor in ProtoReader.Embedded(bytes, graph.Start, graph.End, 5))
            {
                var (name, type, dims) = Tensor(bytes, tensor);
                result[name] = (type, dims);
            }
        }

        return result;
    }

    private static (string Name, int DataType, long[] Dims) Tensor(byte[] bytes, ProtoField tensor)
    {
        var name = string.Empty;
        var type = 0;
        var dims = new List<long>();
        foreach (var field in ProtoReader.Fields(bytes, tensor.Start, tensor.End))
        {
            if (field.Number == 1 && field.Wire is ProtoReader.VarintWire or ProtoReader.LengthDelimited)
                dims.AddRange(ProtoReader.Varints(bytes, field).Select(d => (long)d));
            else if (field.Number == 2 && field.Wire == ProtoReader.VarintWire)
                type = (int)field.Value;
            else if (field.Number == 8 && field.IsBytes)
                name = ProtoReader.String(bytes, field);
        }

        return (name, type, [.. dims]);
    }
}
