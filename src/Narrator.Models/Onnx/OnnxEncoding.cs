namespace Narrator.Models.Onnx;

/// <summary>
/// Encodes the few ONNX messages a graph rewrite adds (onnx.proto field numbers): NodeProto (input 1,
/// output 2, name 3, op_type 4, attribute 5), AttributeProto (name 1, f 2, i 3, t 5, type 20),
/// TensorProto (dims 1, data_type 2, raw_data 9) and a ValueInfoProto for a tensor input.
/// </summary>
internal static class OnnxEncoding
{
    /// <summary>TensorProto.DataType values.</summary>
    public const int Float = 1;
    public const int Int64 = 7;

    private const int AttributeFloat = 1;
    private const int AttributeInt = 2;
    private const int AttributeTensor = 4;

    public static Action<ProtoWriter> IntAttribute(string name, long value) =>
        w => w.String(1, name).Int(3, value).Int(20, AttributeInt);

    public static Action<ProtoWriter> FloatAttribute(string name, float value) =>
        w => w.String(1, name).Float(2, value).Int(20, AttributeFloat);

    public static Action<ProtoWriter> TensorAttribute(string name, Action<ProtoWriter> tensor) =>
        w => w.String(1, name).Message(5, tensor).Int(20, AttributeTensor);

    /// <summary>An int64 tensor: a scalar when <paramref name="dims"/> is empty, else of that shape.</summary>
    public static Action<ProtoWriter> Int64Tensor(long[] dims, params long[] values) => w =>
    {
        foreach (var d in dims)
            w.Int(1, d);
        var raw = new byte[values.Length * sizeof(long)];
        for (var i = 0; i < values.Length; i++)
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(raw.AsSpan(i * sizeof(long)), values[i]);
        w.Int(2, Int64).Bytes(9, raw);
    };

    /// <summary>A float32 scalar tensor.</summary>
    public static Action<ProtoWriter> FloatScalar(float value) => w =>
    {
        var raw = new byte[sizeof(float)];
        System.Buffers.Binary.BinaryPrimitives.WriteSingleLittleEndian(raw, value);
        w.Int(2, Float).Bytes(9, raw);
    };

    public static Action<ProtoWriter> Node(string name, string opType, string[] inputs, string[] outputs, params Action<ProtoWriter>[] attributes) => w =>
    {
        foreach (var input in inputs)
            w.String(1, input);
        foreach (var output in outputs)
            w.String(2, output);
        w.String(3, name).String(4, opType);
        foreach (var attribute in attributes)
            w.Message(5, attribute);
    };

    /// <summary>A graph input or output: a tensor of <paramref name="elementType"/> whose dimensions are all named (dim_param).</summary>
    public static Action<ProtoWriter> TensorValueInfo(string name, int elementType, params string[] dimParams) => w => w
        .String(1, name)
        .Message(2, type => type.Message(1, tensor => tensor
            .Int(1, elementType)
            .Message(2, shape =>
            {
                foreach (var dim in dimParams)
                    shape.Message(1, d => d.String(2, dim));
            })));
}
