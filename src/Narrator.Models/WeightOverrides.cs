using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using Narrator.Core;

namespace Narrator.Models;

/// <summary>
/// Tensors that take the place of a model's initializers of the same name when its session is
/// created: an adapted voice's weights over its bundle's acoustic model. Read from the safetensors
/// layout (an 8-byte little-endian header length, a JSON header of name, dtype, shape and byte
/// range, then the raw little-endian data), float16 or float32 tensors.
/// </summary>
public sealed class WeightOverrides : IDisposable
{
    private const int MaxHeaderBytes = 1 << 24;
    private readonly List<(string Name, int DataType, long[] Shape, byte[] RawData)> _tensors;
    private bool _disposed;

    private WeightOverrides(string path, List<(string, int, long[], byte[])> tensors, IReadOnlyDictionary<string, string> metadata)
    {
        FilePath = path;
        _tensors = tensors;
        Metadata = metadata;
    }

    /// <summary>The safetensors file the tensors were read from.</summary>
    public string FilePath { get; }

    /// <summary>The initializer names the file replaces, in file order.</summary>
    public IReadOnlyList<string> Names => _tensors.ConvertAll(t => t.Name);

    /// <summary>The header's <c>__metadata__</c> strings.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Reads a safetensors file; <see cref="ModelException"/> naming the file for anything malformed.</summary>
    public static WeightOverrides FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelException($"{path}: cannot read the adapted weights ({e.Message}).", ErrorKind.BadInput, e);
        }

        var header = ReadHeader(path, bytes, out var dataStart);
        var tensors = new List<(string, int, long[], byte[])>();
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var entry in header.EnumerateObject())
            {
                if (entry.Name == "__metadata__")
                {
                    foreach (var item in entry.Value.EnumerateObject())
                    {
                        metadata[item.Name] = item.Value.GetString() ?? string.Empty;
                    }

                    continue;
                }

                tensors.Add(Tensor(path, entry.Name, entry.Value, bytes.AsSpan(dataStart)));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException or OverflowException)
        {
            throw new ModelException($"{path}: not a valid safetensors header ({e.Message}).", ErrorKind.BadInput, e);
        }

        return tensors.Count > 0 ? new WeightOverrides(path, tensors, metadata) : throw new ModelException($"{path}: holds no tensors.");
    }

    /// <summary>
    /// <paramref name="modelPath"/>'s bytes with these tensors in place of its initializers, after
    /// checking that each replaces an initializer with the same element type and shape.
    /// </summary>
    internal byte[] ApplyTo(string modelPath)
    {
        // Disposed weights hold no tensors: applying them would load the model's own weights without a word.
        ObjectDisposedException.ThrowIf(_disposed, this);
        var model = File.ReadAllBytes(modelPath);
        CheckAgainst(model, modelPath);
        try
        {
            return OnnxInitializerSubstitution.Apply(model, _tensors.ToDictionary(t => t.Name, t => (t.DataType, t.Shape, t.RawData), StringComparer.Ordinal));
        }
        catch (Exception e) when (e is InvalidDataException or OverflowException or ArgumentException)
        {
            throw new ModelException($"Cannot put the weights of {FilePath} into {modelPath} ({e.Message}): not a valid ONNX model.", ErrorKind.BadInput, e);
        }
    }

    private void CheckAgainst(byte[] model, string modelPath)
    {
        Dictionary<string, (int DataType, long[] Dims)> initializers;
        try
        {
            initializers = OnnxInitializers.Read(model);
        }
        catch (Exception e) when (e is InvalidDataException or OverflowException or ArgumentException)
        {
            throw new ModelException($"Cannot read the initializers of {modelPath} ({e.Message}): not a valid ONNX model.", ErrorKind.BadInput, e);
        }

        var problems = new List<string>();
        foreach (var (name, type, shape, _) in _tensors)
        {
            if (!initializers.TryGetValue(name, out var expected))
            {
                problems.Add($"'{name}' is not a weight of the model");
            }
            else if (expected.DataType != type || !expected.Dims.SequenceEqual(shape))
            {
                problems.Add($"'{name}' is {Describe(type, shape)}, the model's is {Describe(expected.DataType, expected.Dims)}");
            }
        }

        if (problems.Count > 0)
        {
            throw new ModelException($"{FilePath} does not fit {modelPath}: {string.Join("; ", problems)}. Were these weights trained on another model?");
        }
    }

    private static string Describe(int type, long[] shape) =>
        $"{(type == OnnxInitializers.Float16 ? "float16" : type == OnnxInitializers.Float ? "float32" : $"type {type}")} [{string.Join(", ", shape)}]";

    /// <summary>Forgets the tensors (their memory goes with them).</summary>
    public void Dispose()
    {
        _disposed = true;
        _tensors.Clear();
    }

    private static JsonElement ReadHeader(string path, byte[] bytes, out int dataStart)
    {
        if (bytes.Length < 8)
        {
            throw new ModelException($"{path}: too short for a safetensors file ({bytes.Length} bytes).");
        }

        var length = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        if (length == 0 || length > MaxHeaderBytes || (long)length > bytes.Length - 8)
        {
            throw new ModelException(string.Create(CultureInfo.InvariantCulture, $"{path}: not a safetensors file (header length {length} in a file of {bytes.Length} bytes)."));
        }

        dataStart = 8 + (int)length;
        try
        {
            using var document = JsonDocument.Parse(bytes.AsMemory(8, (int)length));
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw new ModelException($"{path}: the safetensors header is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new ModelException($"{path}: the safetensors header is not valid JSON ({e.Message}).", ErrorKind.BadInput, e);
        }
    }

    private static (string, int, long[], byte[]) Tensor(string path, string name, JsonElement entry, ReadOnlySpan<byte> data)
    {
        var dtype = entry.GetProperty("dtype").GetString();
        var shape = entry.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()).ToArray();
        var offsets = entry.GetProperty("data_offsets").EnumerateArray().Select(d => d.GetInt64()).ToArray();
        var size = dtype switch
        {
            "F16" => 2,
            "F32" => 4,
            _ => throw new ModelException($"{path}: tensor '{name}' has dtype '{dtype}'; only F16 and F32 are supported."),
        };
        var count = shape.Aggregate(1L, (a, d) => d < 0 ? throw new ModelException($"{path}: tensor '{name}' has a negative dimension.") : checked(a * d));
        if (offsets.Length != 2 || offsets[0] < 0 || offsets[1] > data.Length || offsets[1] - offsets[0] != count * size)
        {
            throw new ModelException(string.Create(CultureInfo.InvariantCulture, $"{path}: tensor '{name}' ({dtype} [{string.Join(", ", shape)}]) does not fit its byte range [{string.Join(", ", offsets)}] in {data.Length} data bytes (truncated file?)."));
        }

        // Both safetensors and ONNX's raw_data are little-endian: the bytes go over as they are.
        var raw = data.Slice((int)offsets[0], (int)(count * size)).ToArray();
        return (name, size == 2 ? OnnxInitializers.Float16 : OnnxInitializers.Float, shape, raw);
    }
}
