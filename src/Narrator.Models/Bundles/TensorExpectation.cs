using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Narrator.Models.Bundles;

/// <summary>One tensor a model must have: name, element type, rank and the sizes that are fixed by the manifest.</summary>
internal sealed record TensorExpectation(string Name, TensorElementType Type, int Rank, string Shape, params (int Axis, long Size)[] Fixed)
{
    /// <summary>Checks every expectation against a session's inputs or outputs, adding one line per mismatch.</summary>
    public static void Check(IReadOnlyDictionary<string, NodeMetadata> tensors, string role, IEnumerable<TensorExpectation> expected, List<string> errors)
    {
        foreach (var e in expected)
        {
            if (!tensors.TryGetValue(e.Name, out var meta))
            {
                errors.Add($"{role} '{e.Name}': expected {e.Shape}, the model has no such {role}");
                continue;
            }

            var dims = meta.Dimensions;
            var rankKnown = dims.Length > 0 || role == "input";
            if (!meta.IsTensor || meta.ElementDataType != e.Type || (rankKnown && dims.Length != e.Rank))
            {
                errors.Add($"{role} '{e.Name}': expected {e.Shape}, the model has {meta.ElementDataType} of rank {dims.Length}");
                continue;
            }

            foreach (var (axis, size) in e.Fixed.Where(f => rankKnown && dims[f.Axis] > 0 && dims[f.Axis] != f.Size))
            {
                errors.Add($"{role} '{e.Name}': expected {e.Shape} with {size} on axis {axis}, the model has {dims[axis]}");
            }
        }
    }
}
