using Microsoft.ML.OnnxRuntime;
using Narrator.Core;

namespace Narrator.Models;

/// <summary>
/// Creates ONNX Runtime sessions with an ordered provider preference: <see cref="ExecutionDevice.Auto"/>
/// tries CUDA then the CPU (recording why CUDA failed), <see cref="ExecutionDevice.Cuda"/> fails
/// clearly when CUDA cannot load, <see cref="ExecutionDevice.Cpu"/> uses the CPU only.
/// </summary>
public static class OnnxSessionFactory
{
    internal const string Cuda = "CUDA";
    internal const string Cpu = "CPU";

    /// <summary>Why the CUDA provider could not load in this process, once it failed: loading it again would fail the same way, at a cost on every session.</summary>
    private static string? _cudaLoadFailure;

    /// <summary>Loads <paramref name="modelPath"/>; <see cref="ModelException"/> (BadInput) for a missing or unreadable model.</summary>
    /// <param name="weights">Tensors that replace initializers of the same name (substituted in the model's bytes; not needed after this call).</param>
    /// <param name="modelPath">The <c>.onnx</c> file; relative paths are taken from the current folder.</param>
    /// <param name="options">Device and provider options. Default <see cref="ExecutionOptions.Default"/>.</param>
    /// <exception cref="ModelException">The file is missing, or <see cref="ExecutionDevice.Cuda"/> was asked for and CUDA cannot load (the message says what to install).</exception>
    public static ModelSession Create(string modelPath, ExecutionOptions? options = null, WeightOverrides? weights = null)
    {
        options = Validated(options);
        var path = CheckedPath(modelPath);
        return Create(new ModelSource(path, weights?.ApplyTo(path)), options, weights);
    }

    /// <summary>
    /// Loads <paramref name="modelBytes"/> (the model of <paramref name="modelPath"/> rewritten in
    /// memory) when given, else the file; <paramref name="modelPath"/> names the model in every message.
    /// </summary>
    internal static ModelSession Create(string modelPath, byte[]? modelBytes, ExecutionOptions? options)
    {
        options = Validated(options);
        return Create(new ModelSource(CheckedPath(modelPath), modelBytes), options, weights: null);
    }

    private static ExecutionOptions Validated(ExecutionOptions? options)
    {
        options ??= ExecutionOptions.Default;
        options.Validate();
        return options;
    }

    private static string CheckedPath(string modelPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        var path = Path.GetFullPath(modelPath);
        return File.Exists(path)
            ? path
            : throw new ModelException($"Model file not found: {path}. Check the path (a Piper voice needs its .onnx and .onnx.json side by side).");
    }

    private static ModelSession Create(ModelSource model, ExecutionOptions options, WeightOverrides? weights)
    {
        var attempts = new List<ProviderAttempt>();
        var cuda = options.Device == ExecutionDevice.Cpu ? null : TryCuda(model, options, attempts);
        return cuda ?? CpuUnlessCudaRequired(model, options, weights, attempts);
    }

    private static ModelSession CpuUnlessCudaRequired(ModelSource model, ExecutionOptions options, WeightOverrides? weights, List<ProviderAttempt> attempts)
    {
        var path = model.Path;
        if (options.Device == ExecutionDevice.Cuda)
        {
            throw new ModelException(
                $"Cannot run {path} on CUDA: {attempts[^1].Failure} — install CUDA 13 and cuDNN 9 " +
                "with the Microsoft.ML.OnnxRuntime.Gpu.Linux runtime, or use --device cpu.");
        }

        return CreateCpu(model, options, weights, attempts);
    }

    private static ModelSession? TryCuda(ModelSource model, ExecutionOptions options, List<ProviderAttempt> attempts)
    {
        if (_cudaLoadFailure is { } known)
        {
            attempts.Add(new ProviderAttempt(Cuda, false, known));
            return null;
        }

        using var sessionOptions = NativeOptions(options, attempts);
        if (sessionOptions is null)
        {
            return null;
        }

        try
        {
            using var cuda = new OrtCUDAProviderOptions();
            cuda.UpdateOptions(options.Cuda.ToProviderOptions(options.CudaDeviceId));
            sessionOptions.AppendExecutionProvider_CUDA(cuda);
        }
        catch (Exception e) when (e is OnnxRuntimeException or DllNotFoundException or EntryPointNotFoundException or TypeInitializationException)
        {
            _cudaLoadFailure = $"CUDA provider could not load: {LoadFailure(e.Message)}";
            attempts.Add(new ProviderAttempt(Cuda, false, _cudaLoadFailure));
            return null;
        }

        try
        {
            attempts.Add(new ProviderAttempt(Cuda, true, null));
            return new ModelSession(model.Open(sessionOptions), model.Path, Cuda, attempts);
        }
        catch (OnnxRuntimeException e)
        {
            attempts[^1] = new ProviderAttempt(Cuda, false, $"session creation failed on CUDA: {OneLine(e.Message)}");
            return null;
        }
    }

    private static ModelSession CreateCpu(ModelSource model, ExecutionOptions options, WeightOverrides? weights, List<ProviderAttempt> attempts)
    {
        var path = model.Path;
        try
        {
            attempts.Add(new ProviderAttempt(Cpu, true, null));
            if (options.OptimizedModelCache is { } folder)
            {
                return OptimizedModelCache.Open(folder, path, model.Bytes, () => NewOptions(options), attempts);
            }

            using var sessionOptions = NewOptions(options);
            return new ModelSession(model.Open(sessionOptions), path, Cpu, attempts);
        }
        catch (OnnxRuntimeException e)
        {
            throw new ModelException(weights is null
                ? $"Cannot load ONNX model {path}: {OneLine(e.Message)} — the file is not a valid ONNX model (corrupt or truncated download?)."
                : $"Cannot load ONNX model {path} with the weights of {weights.FilePath}: {OneLine(e.Message)} — were they trained on another version of this model?", ErrorKind.BadInput, e);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException)
        {
            throw new ModelException(
                $"Cannot load ONNX model {path}: the ONNX Runtime native library is missing ({NativeFailure(e)}). " +
                "The application must reference Microsoft.ML.OnnxRuntime or Microsoft.ML.OnnxRuntime.Gpu.Linux.", ErrorKind.Internal, e);
        }
    }

    /// <summary>
    /// Session options for the CUDA attempt, or null (the attempt recorded as failed) when ONNX Runtime's native
    /// library cannot load at all: the CPU attempt then fails with the message that says which package to add.
    /// </summary>
    private static SessionOptions? NativeOptions(ExecutionOptions options, List<ProviderAttempt> attempts)
    {
        try
        {
            return NewOptions(options);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException)
        {
            attempts.Add(new ProviderAttempt(Cuda, false, $"ONNX Runtime could not load: {NativeFailure(e)}"));
            return null;
        }
    }

    /// <summary>The loader's first sentence ("Unable to load shared library 'onnxruntime' or one of its dependencies"), not the type initializer's wrapper.</summary>
    private static string NativeFailure(Exception e)
    {
        var message = OneLine((e.InnerException ?? e).Message);
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }

    private static SessionOptions NewOptions(ExecutionOptions options)
    {
        var sessionOptions = new SessionOptions
        {
            // Errors surface as exceptions; nothing below the CLI writes to the console.
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL,
        };
        // Every core by default: ONNX Runtime's own default gave one thread here (a 2-core machine,
        // idle: 0.97 s for bench's passage at one thread, 0.57-0.69 s at two).
        sessionOptions.IntraOpNumThreads = options.IntraOpThreads > 0 ? options.IntraOpThreads : Environment.ProcessorCount;

        // Workers sleep rather than spin between operators: spinning threads starve the rest of a busy
        // machine (another chapter, the encoders) and slowed two-thread synthesis 1.4x under load.
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return sessionOptions;
    }

    /// <summary>A model file, or its bytes rewritten in memory (adapted weights substituted, seeded noise); <see cref="Path"/> names it in messages.</summary>
    private sealed record ModelSource(string Path, byte[]? Bytes)
    {
        public InferenceSession Open(SessionOptions options) => Bytes is null ? new InferenceSession(Path, options) : new InferenceSession(Bytes, options);
    }

    /// <summary>The useful end of a native load failure ("libcublasLt.so.13: cannot open shared object file…").</summary>
    internal static string LoadFailure(string message)
    {
        var line = OneLine(message);
        if (line.Contains("not enabled in this build", StringComparison.Ordinal))
        {
            return "this build carries ONNX Runtime for the CPU only (build or publish the app with -p:UseCudaRuntime=true, or reference Microsoft.ML.OnnxRuntime.Gpu.Linux, for CUDA)";
        }

        const string marker = "with error: ";
        var at = line.LastIndexOf(marker, StringComparison.Ordinal);
        return at >= 0 ? line[(at + marker.Length)..] : line.Replace("[ErrorCode:Fail] ", string.Empty, StringComparison.Ordinal);
    }

    internal static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
