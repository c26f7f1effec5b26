using Microsoft.ML.OnnxRuntime;
using Narrator.Core;

namespace Narrator.Models.Bundles;

/// <summary>Runs a bundle session and turns ONNX Runtime failures into errors naming the model.</summary>
internal static class BundleRun
{
    public static IDisposableReadOnlyCollection<OrtValue> Run(ModelSession session, IReadOnlyList<string> names, IReadOnlyList<OrtValue> values, IReadOnlyList<string> outputs)
    {
        try
        {
            using var options = new RunOptions();
            return session.Session.Run(options, names, values, outputs);
        }
        catch (OnnxRuntimeException e)
        {
            throw new ModelException($"{session.ModelPath} failed to run on {session.ExecutionProvider}: {OnnxSessionFactory.OneLine(e.Message)}", ErrorKind.Internal, e);
        }
    }

    /// <summary>Runs and returns the first row of one float output, checking its size.</summary>
    public static float[] Single(ModelSession session, IReadOnlyList<string> names, IReadOnlyList<OrtValue> values, string output, int size)
    {
        using var results = Run(session, names, values, [output]);
        var data = results[0].GetTensorDataAsSpan<float>();
        if (data.Length < size)
        {
            throw new ModelException($"{session.ModelPath}: output '{output}' has {data.Length} values, expected {size}.", ErrorKind.Internal);
        }

        return data[..size].ToArray();
    }
}
