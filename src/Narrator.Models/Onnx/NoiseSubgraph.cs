namespace Narrator.Models.Onnx;

/// <summary>
/// The standard-op nodes that take the place of one <c>RandomNormalLike(x)</c>: N(mean, scale²)
/// noise of x's shape, computed from the row's seed (graph input
/// <see cref="SeededNoiseRewrite.SeedsInput"/>, one per batch row) and the element's position.
/// For x of shape [B, C..., T] and flat index i over n elements: row = i / (n/B), t = i mod T,
/// c = (i / T) mod (n/(B·T)), key = c·65536 + t, so a row's noise does not depend on how far the
/// batch is padded. Two hashes of (key, seed) — an affine step, then rounds of h³ + k, a permutation
/// modulo the prime P (P ≡ 2 mod 3) — give two uniforms; Box–Muller turns them into a normal.
/// All arithmetic is int64 (every product stays below 2⁶²), then float32.
/// </summary>
internal sealed class NoiseSubgraph
{
    /// <summary>The largest prime below 2³¹ with P ≡ 2 (mod 3), so that h ↦ h³ is a permutation modulo P.</summary>
    public const long P = 2147483579;

    private static readonly (long Multiplier, long[] Rounds)[] Hashes =
    [
        (1103515245, [12345, 743852874, 987654321]),
        (1664525, [362436069, 521288629, 88675123]),
    ];

    private readonly string _prefix;
    private readonly List<Action<ProtoWriter>> _nodes = [];
    private int _count;

    private NoiseSubgraph(string prefix) => _prefix = prefix;

    /// <summary>
    /// The nodes, in order; the last writes <paramref name="output"/>. <paramref name="dtype"/> null:
    /// the output takes x's type (CastLike from opset 15, else float32 as Piper exports use).
    /// </summary>
    public static IReadOnlyList<Action<ProtoWriter>> Build(string prefix, string x, string output, int? dtype, float mean, float scale, long opset)
    {
        var g = new NoiseSubgraph(prefix);
        var shape = g.Op("Shape", [x]);
        var size = g.Op("Size", [x]);
        var rowSize = g.Product(shape, 1, long.MaxValue);
        var time = g.Product(shape, -1, long.MaxValue);
        var inner = g.Product(shape, 1, -1);
        var flat = g.Op("Range", [g.Int64(0), size, g.Int64(1)]);
        var row = g.Op("Div", [flat, rowSize]);
        var t = g.Op("Mod", [flat, time]);
        var c = g.Op("Mod", [g.Op("Div", [flat, time]), inner]);
        var key = g.Op("Mod", [g.Op("Add", [g.Op("Mul", [c, g.Int64(65536)]), t]), g.Int64(P)]);
        var seed = g.Op("Gather", [SeededNoiseRewrite.SeedsInput, row], OnnxEncoding.IntAttribute("axis", 0));
        var u1 = g.Uniform(key, seed, Hashes[0]);
        var u2 = g.Uniform(key, seed, Hashes[1]);
        var radius = g.Op("Sqrt", [g.Op("Mul", [g.Op("Log", [u1]), g.Float(-2f)])]);
        var normal = g.Op("Mul", [radius, g.Op("Cos", [g.Op("Mul", [u2, g.Float(2f * MathF.PI)])])]);
        if (scale != 1f)
            normal = g.Op("Mul", [normal, g.Float(scale)]);
        if (mean != 0f)
            normal = g.Op("Add", [normal, g.Float(mean)]);
        if (dtype is { } type && type != OnnxEncoding.Float)
            normal = g.Op("Cast", [normal], OnnxEncoding.IntAttribute("to", type));
        else if (dtype is null && opset >= 15)
            normal = g.Op("CastLike", [normal, x]);
        g._nodes.Add(OnnxEncoding.Node($"{prefix}/Reshape", "Reshape", [normal, shape], [output]));
        return g._nodes;
    }

    /// <summary>A uniform in (0, 1] from (key, seed): (h + ½) / P.</summary>
    private string Uniform(string key, string seed, (long Multiplier, long[] Rounds) hash)
    {
        var p = Int64(P);
        var h = Op("Mod", [Op("Add", [Op("Mul", [key, Int64(hash.Multiplier)]), seed]), p]);
        foreach (var k in hash.Rounds)
        {
            var square = Op("Mod", [Op("Mul", [h, h]), p]);
            h = Op("Mod", [Op("Add", [Op("Mul", [square, h]), Int64(k)]), p]);
        }

        var real = Op("Cast", [h], OnnxEncoding.IntAttribute("to", OnnxEncoding.Float));
        return Op("Mul", [Op("Add", [real, Float(0.5f)]), Float(1f / P)]);
    }

    /// <summary>The product of <paramref name="shape"/>[start..end) as an int64 scalar (1 when empty).</summary>
    private string Product(string shape, long start, long end)
    {
        var slice = Op("Slice", [shape, Int64Vector(start), Int64Vector(end)]);
        return Op("ReduceProd", [slice], OnnxEncoding.IntAttribute("keepdims", 0));
    }

    private string Int64(long value) => Constant(OnnxEncoding.Int64Tensor([], value));

    private string Int64Vector(long value) => Constant(OnnxEncoding.Int64Tensor([1], value));

    private string Float(float value) => Constant(OnnxEncoding.FloatScalar(value));

    private string Constant(Action<ProtoWriter> tensor) => Op("Constant", [], OnnxEncoding.TensorAttribute("value", tensor));

    private string Op(string opType, string[] inputs, params Action<ProtoWriter>[] attributes)
    {
        var name = $"{_prefix}/{opType}_{_count++}";
        _nodes.Add(OnnxEncoding.Node(name, opType, inputs, [name], attributes));
        return name;
    }
}
