using System.Globalization;

namespace Narrator.Models;

/// <summary>
/// Options of ONNX Runtime's CUDA execution provider, typed. <see cref="Extra"/> passes any other
/// provider option through by its ONNX Runtime name (it wins over the typed properties).
/// </summary>
public sealed record CudaOptions
{
    /// <summary>cuDNN convolution algorithm search; default <see cref="CudnnConvAlgoSearch.Heuristic"/>.</summary>
    public CudnnConvAlgoSearch CudnnConvAlgoSearch { get; init; } = CudnnConvAlgoSearch.Heuristic;

    /// <summary>Upper bound of the GPU memory arena in bytes; null leaves ONNX Runtime's default (no limit).</summary>
    public long? GpuMemoryLimitBytes { get; init; }

    /// <summary>How the arena grows; null leaves ONNX Runtime's default.</summary>
    public ArenaExtendStrategy? ArenaExtendStrategy { get; init; }

    /// <summary>Copy in the default CUDA stream; null leaves ONNX Runtime's default.</summary>
    public bool? DoCopyInDefaultStream { get; init; }

    /// <summary>Further provider options by name, passed through unchanged (e.g. <c>use_tf32</c>).</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    /// <summary>The problems with these options (empty when valid).</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(CudnnConvAlgoSearch))
            errors.Add($"CudnnConvAlgoSearch {CudnnConvAlgoSearch} is not one of EXHAUSTIVE, HEURISTIC, DEFAULT");
        if (GpuMemoryLimitBytes is <= 0)
            errors.Add($"GpuMemoryLimitBytes must be positive (got {GpuMemoryLimitBytes})");
        if (ArenaExtendStrategy is { } strategy && !Enum.IsDefined(strategy))
            errors.Add($"ArenaExtendStrategy {strategy} is not defined");
        foreach (var (key, value) in Extra)
        {
            if (string.IsNullOrWhiteSpace(key))
                errors.Add("Extra has an empty option name");
            else if (value is null)
                errors.Add($"Extra option '{key}' has no value");
        }

        return errors;
    }

    /// <summary>The options as ONNX Runtime provider option names and values.</summary>
    internal Dictionary<string, string> ToProviderOptions(int deviceId)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["device_id"] = deviceId.ToString(CultureInfo.InvariantCulture),
            ["cudnn_conv_algo_search"] = CudnnConvAlgoSearch.ToString().ToUpperInvariant(),
        };
        if (GpuMemoryLimitBytes is { } limit)
            options["gpu_mem_limit"] = limit.ToString(CultureInfo.InvariantCulture);
        if (ArenaExtendStrategy is { } strategy)
            options["arena_extend_strategy"] = strategy == Models.ArenaExtendStrategy.NextPowerOfTwo ? "kNextPowerOfTwo" : "kSameAsRequested";
        if (DoCopyInDefaultStream is { } copy)
            options["do_copy_in_default_stream"] = copy ? "1" : "0";
        foreach (var (key, value) in Extra)
            options[key] = value;
        return options;
    }
}
