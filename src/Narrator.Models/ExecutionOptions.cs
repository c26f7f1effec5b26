namespace Narrator.Models;

/// <summary>Where and how ONNX models run. Checked once when a model loads; every problem is reported together.</summary>
public sealed class ExecutionOptions
{
    /// <summary>The default: <see cref="ExecutionDevice.Auto"/>, ONNX Runtime's thread count, GPU 0, heuristic cuDNN search.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>Execution device preference; default <see cref="ExecutionDevice.Auto"/> (CUDA, then CPU).</summary>
    public ExecutionDevice Device { get; init; } = ExecutionDevice.Auto;

    /// <summary>Threads inside one operator on the CPU; 0 (default) uses every core.</summary>
    public int IntraOpThreads { get; init; }

    /// <summary>The CUDA device ordinal; default 0.</summary>
    public int CudaDeviceId { get; init; }

    /// <summary>Options of the CUDA provider; used only when CUDA is tried.</summary>
    public CudaOptions Cuda { get; init; } = new();

    /// <summary>
    /// A folder where ONNX Runtime's optimized graphs of CPU sessions are kept between processes, so that a model
    /// is optimized once rather than at every load; null (default) keeps none. An entry is keyed by the bytes the
    /// session is made from (an adapted voice's weights included), the ONNX Runtime version and the CPU, checked
    /// before use, and made again when damaged: the cache never fails a load.
    /// </summary>
    public string? OptimizedModelCache { get; init; }

    /// <summary>The problems with these options (empty when valid).</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Device))
            errors.Add($"Device {Device} is not one of Auto, Cpu, Cuda");
        if (IntraOpThreads < 0)
            errors.Add($"IntraOpThreads must be 0 (automatic) or positive (got {IntraOpThreads})");
        if (CudaDeviceId < 0)
            errors.Add($"CudaDeviceId must be 0 or more (got {CudaDeviceId})");
        if (OptimizedModelCache is not null && string.IsNullOrWhiteSpace(OptimizedModelCache))
            errors.Add("OptimizedModelCache must be a folder or null (got an empty string)");
        if (Cuda is null)
            errors.Add("Cuda options must not be null");
        else
            errors.AddRange(Cuda.Errors());
        return errors;
    }

    /// <summary>Throws one <see cref="ModelException"/> listing every problem, if there is any.</summary>
    public void Validate()
    {
        var errors = Errors();
        if (errors.Count > 0)
            throw new ModelException($"Invalid execution options: {string.Join("; ", errors)}.");
    }
}
