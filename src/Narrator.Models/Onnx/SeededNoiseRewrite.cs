namespace Narrator.Models.Onnx;

/// <summary>
/// Rewrites an ONNX model in memory so that its noise is reproducible: each top-level
/// <c>RandomNormalLike</c> node becomes a <see cref="NoiseSubgraph"/> driven by a new graph input,
/// <see cref="SeedsInput"/> (int64 [batch], one seed per row). Every other byte of the model is
/// copied unchanged (ModelProto.graph = 7; GraphProto.node = 1, input = 11; NodeProto.input = 1,
/// output = 2, op_type = 4, attribute = 5, domain = 7; AttributeProto.name = 1, f = 2, i = 3).
/// </summary>
internal static class SeededNoiseRewrite
{
    public const string SeedsInput = "narrator_noise_seeds";

    /// <summary>Range and Mod on int64, which the subgraph needs, came with opset 11.</summary>
    public const long MinOpset = 11;

    private const string Prefix = "narrator_noise";

    /// <summary>
    /// The rewritten model, or null when there is nothing to rewrite (no RandomNormalLike, an opset
    /// below <see cref="MinOpset"/>, or a graph that already has <see cref="SeedsInput"/>).
    /// <see cref="InvalidDataException"/> for bytes that are not a well-formed protobuf.
    /// </summary>
    public static byte[]? Rewrite(byte[] model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var fields = ProtoReader.Fields(model, 0, model.Length).ToList();
        var opset = Opset(model, fields);
        var graphs = fields.Where(f => f.Number == 7 && f.IsBytes).ToList();
        if (opset < MinOpset || graphs.Count != 1)
            return null;
        var graph = ProtoReader.Fields(model, graphs[0].Start, graphs[0].End).ToList();
        var noise = graph.Where(f => f.Number == 1 && f.IsBytes && IsRandomNormalLike(model, f)).ToList();
        if (noise.Count == 0 || graph.Any(f => f.Number == 11 && f.IsBytes && InputName(model, f) == SeedsInput))
            return null;

        return ProtoWriter.Build(writer =>
        {
            foreach (var field in fields)
            {
                if (field.Number == 7 && field.IsBytes)
                    writer.Message(7, w => WriteGraph(w, model, graph, noise, opset));
                else
                    writer.Raw(model.AsSpan(field.Begin, field.End - field.Begin));
            }
        });
    }

    private static void WriteGraph(ProtoWriter writer, byte[] model, List<ProtoField> graph, List<ProtoField> noise, long opset)
    {
        foreach (var field in graph)
        {
            var index = noise.IndexOf(field);
            if (index < 0)
            {
                writer.Raw(model.AsSpan(field.Begin, field.End - field.Begin));
                continue;
            }

            var node = ReadNode(model, field);
            if (node.Inputs.Count != 1 || node.Outputs.Count != 1)
                throw new InvalidDataException($"RandomNormalLike node '{node.Name}' has {node.Inputs.Count} inputs and {node.Outputs.Count} outputs; it takes one of each");
            foreach (var replacement in NoiseSubgraph.Build($"{Prefix}/{index}", node.Inputs[0], node.Outputs[0], node.Dtype, node.Mean, node.Scale, opset))
                writer.Message(1, replacement);
        }

        writer.Message(11, OnnxEncoding.TensorValueInfo(SeedsInput, OnnxEncoding.Int64, "batch"));
    }

    /// <summary>The default domain's opset version (0 when the model imports none).</summary>
    private static long Opset(byte[] model, List<ProtoField> fields)
    {
        foreach (var import in fields.Where(f => f.Number == 8 && f.IsBytes))
        {
            var parts = ProtoReader.Fields(model, import.Start, import.End).ToList();
            var domain = parts.Where(p => p.Number == 1 && p.IsBytes).Select(p => ProtoReader.String(model, p)).FirstOrDefault() ?? string.Empty;
            if (domain is "" or "ai.onnx")
                return parts.Where(p => p.Number == 2 && !p.IsBytes).Select(p => (long)p.Value).FirstOrDefault();
        }

        return 0;
    }

    private static bool IsRandomNormalLike(byte[] model, ProtoField node)
    {
        var parts = ProtoReader.Fields(model, node.Start, node.End).ToList();
        var op = parts.Where(p => p.Number == 4 && p.IsBytes).Select(p => ProtoReader.String(model, p)).FirstOrDefault();
        var domain = parts.Where(p => p.Number == 7 && p.IsBytes).Select(p => ProtoReader.String(model, p)).FirstOrDefault() ?? string.Empty;
        return op == "RandomNormalLike" && domain is "" or "ai.onnx";
    }

    private static string InputName(byte[] model, ProtoField valueInfo) =>
        ProtoReader.Fields(model, valueInfo.Start, valueInfo.End).Where(p => p.Number == 1 && p.IsBytes).Select(p => ProtoReader.String(model, p)).FirstOrDefault() ?? string.Empty;

    private static (string Name, List<string> Inputs, List<string> Outputs, int? Dtype, float Mean, float Scale) ReadNode(byte[] model, ProtoField node)
    {
        var (name, inputs, outputs) = (string.Empty, new List<string>(), new List<string>());
        (int? dtype, float mean, float scale) = (null, 0f, 1f);
        foreach (var part in ProtoReader.Fields(model, node.Start, node.End).Where(p => p.IsBytes))
        {
            switch (part.Number)
            {
                case 1:
                    inputs.Add(ProtoReader.String(model, part));
                    break;
                case 2:
                    outputs.Add(ProtoReader.String(model, part));
                    break;
                case 3:
                    name = ProtoReader.String(model, part);
                    break;
                case 5:
                    var (attribute, i, f) = Attribute(model, part);
                    dtype = attribute == "dtype" && i is { } type ? (int)type : dtype;
                    mean = attribute == "mean" && f is { } m ? m : mean;
                    scale = attribute == "scale" && f is { } s ? s : scale;
                    break;
            }
        }

        return (name, inputs, outputs, dtype, mean, scale);
    }

    private static (string? Name, long? I, float? F) Attribute(byte[] model, ProtoField attribute)
    {
        var (name, i, f) = ((string?)null, (long?)null, (float?)null);
        foreach (var part in ProtoReader.Fields(model, attribute.Start, attribute.End))
        {
            if (part.Number == 1 && part.IsBytes)
                name = ProtoReader.String(model, part);
            else if (part.Number == 2 && part.Wire == ProtoReader.Fixed32)
                f = ProtoReader.Float(model, part);
            else if (part.Number == 3 && part.Wire == ProtoReader.VarintWire)
                i = (long)part.Value;
        }

        return (name, i, f);
    }
}
