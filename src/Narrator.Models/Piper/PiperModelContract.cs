using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Narrator.Models.Onnx;

namespace Narrator.Models.Piper;

// Checks a loaded session against Piper's contract and the voice config, naming file, tensor,
// expected and actual on any mismatch.
internal static class PiperModelContract
{
    public const string Input = "input";
    public const string InputLengths = "input_lengths";
    public const string Scales = "scales";
    public const string Sid = "sid";
    public const string Output = "output";

    /// <summary>Returns whether <c>sid</c> takes one id per batch item (false: a single id, [1]).</summary>
    public static bool Check(InferenceSession session, PiperVoiceConfig config, string modelPath)
    {
        var errors = new List<string>();
        var inputs = session.InputMetadata;
        Expect(inputs, "input", Input, TensorElementType.Int64, 2, "int64 [batch, phonemes]", errors);
        Expect(inputs, "input", InputLengths, TensorElementType.Int64, 1, "int64 [batch]", errors);
        Expect(inputs, "input", Scales, TensorElementType.Float, 1, "float32 [3]", errors);
        if (inputs.TryGetValue(Scales, out var scales) && scales.IsTensor && scales.Dimensions is [var n] && n > 0 && n != 3)
            errors.Add($"input '{Scales}': expected float32 [3], the model has [{n}]");

        var multi = config.NumSpeakers > 1;
        if (multi)
            Expect(inputs, "input", Sid, TensorElementType.Int64, 1, $"int64 [batch] because num_speakers is {config.NumSpeakers}", errors);
        else if (inputs.ContainsKey(Sid))
            errors.Add($"input '{Sid}': the model takes a speaker id but the config says num_speakers is {config.NumSpeakers}");

        if (inputs.ContainsKey(SeededNoiseRewrite.SeedsInput))
            Expect(inputs, "input", SeededNoiseRewrite.SeedsInput, TensorElementType.Int64, 1, "int64 [batch] (added by Narrator)", errors);
        foreach (var name in inputs.Keys.Where(k => k is not (Input or InputLengths or Scales or Sid or SeededNoiseRewrite.SeedsInput)))
            errors.Add($"input '{name}': Piper voices have no such input");
        Expect(session.OutputMetadata, "output", Output, TensorElementType.Float, 3, "float32 [batch, 1, samples]", errors);

        if (errors.Count > 0)
        {
            throw new ModelException(
                $"Model {modelPath} does not match Piper's contract or its config {config.ConfigPath}: {string.Join("; ", errors)}. " +
                "Check that the .onnx and .onnx.json belong to the same voice.");
        }

        return multi && !(inputs[Sid].Dimensions is [1]);
    }

    private static void Expect(IReadOnlyDictionary<string, NodeMetadata> tensors, string role, string name, TensorElementType type, int rank, string expected, List<string> errors)
    {
        if (!tensors.TryGetValue(name, out var meta))
        {
            errors.Add($"{role} '{name}': expected {expected}, the model has no such {role}");
            return;
        }

        // An output whose shape the exporter could not infer reports no dimensions; its rank is checked after Run.
        var rankKnown = meta.Dimensions.Length > 0 || role == "input";
        if (!meta.IsTensor || meta.ElementDataType != type || (rankKnown && meta.Dimensions.Length != rank))
        {
            var actual = meta.IsTensor ? $"{meta.ElementDataType} rank {meta.Dimensions.Length}" : meta.OnnxValueType.ToString();
            errors.Add($"{role} '{name}': expected {expected}, the model has {actual}");
        }
    }
}
