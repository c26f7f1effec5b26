using Microsoft.ML.OnnxRuntime;

namespace Narrator.Models;

/// <summary>
/// An ONNX Runtime session together with the execution provider that runs it and every provider
/// tried on the way. Owns the session and disposes it.
/// </summary>
public sealed class ModelSession : IDisposable
{
    internal ModelSession(InferenceSession session, string modelPath, string executionProvider, IReadOnlyList<ProviderAttempt> attempts)
    {
        Session = session;
        ModelPath = modelPath;
        ExecutionProvider = executionProvider;
        Attempts = attempts;
    }

    /// <summary>The ONNX Runtime session.</summary>
    public InferenceSession Session { get; }

    /// <summary>Full path of the model file.</summary>
    public string ModelPath { get; }

    /// <summary>"CUDA" or "CPU".</summary>
    public string ExecutionProvider { get; }

    /// <summary>The providers tried, in order; the last one succeeded.</summary>
    public IReadOnlyList<ProviderAttempt> Attempts { get; }

    /// <summary>What the optimized-model cache did for this session (<see cref="ExecutionOptions.OptimizedModelCache"/>).</summary>
    internal CacheUse CacheUse { get; set; }

    /// <summary>For people: "CUDA", or e.g. "CPU (CUDA unavailable: …)" after a fallback.</summary>
    public string Describe()
    {
        var failed = Attempts.Where(a => !a.Succeeded).ToList();
        return failed.Count == 0
            ? ExecutionProvider
            : $"{ExecutionProvider} ({string.Join("; ", failed.Select(a => $"{a.Provider} unavailable: {a.Failure}"))})";
    }

    /// <summary>Releases the ONNX Runtime session.</summary>
    public void Dispose() => Session.Dispose();
}
